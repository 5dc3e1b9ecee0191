// Vite imports a file's text with the ?raw suffix (the common-password list shared with the server).
declare module '*?raw' {
  const text: string;
  export default text;
}
