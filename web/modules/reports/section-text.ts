// The section editor shows a section's paragraphs as one text, one paragraph per blank-line-separated block.

export function paragraphsToText(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

/** Blank lines separate paragraphs; a single line break stays inside its paragraph; empty blocks are dropped. */
export function textToParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

/** The section's paragraphs with one span of one paragraph replaced by a {{placeholder}} ("Thay bằng {{key}}"). */
export function replaceWithPlaceholder(paragraphs: readonly string[], at: { paragraph: number; start: number; end: number }, key: string): string[] {
  return paragraphs.map((p, i) => (i === at.paragraph ? `${p.slice(0, at.start)}{{${key}}}${p.slice(at.end)}` : p));
}
