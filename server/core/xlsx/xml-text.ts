// The little XML reading SpreadsheetML needs: attributes of a start tag and text with its entities.

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function decodeXmlText(text: string): string {
  if (!text.includes('&')) {
    return text;
  }
  return text.replace(ENTITY, (_, ref: string) => {
    if (ref[0] !== '#') {
      return NAMED[ref];
    }
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** Attributes by local name (a prefix such as "r:" in "r:id" is kept only when asked for by its full name). */
export function attributesOf(tagText: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tagText.matchAll(ATTRIBUTE)) {
    const value = decodeXmlText(match[2] ?? match[3] ?? '');
    attributes.set(match[1], value);
    const colon = match[1].indexOf(':');
    if (colon >= 0 && !attributes.has(match[1].slice(colon + 1))) {
      attributes.set(match[1].slice(colon + 1), value);
    }
  }
  return attributes;
}

/** One attribute's value in a start tag's attribute text (faster than `attributesOf` for the cells of big sheets). */
export function attributeOf(tagText: string, name: string): string | undefined {
  for (let at = tagText.indexOf(name); at >= 0; at = tagText.indexOf(name, at + 1)) {
    const before = tagText.charCodeAt(at - 1);
    let i = at + name.length;
    if (at > 0 && before !== 32 && before !== 9 && before !== 10 && before !== 13) {
      continue;
    }
    while (tagText[i] === ' ') {
      i += 1;
    }
    if (tagText[i] !== '=') {
      continue;
    }
    i += 1;
    while (tagText[i] === ' ') {
      i += 1;
    }
    const quote = tagText[i];
    if (quote !== '"' && quote !== "'") {
      continue;
    }
    const end = tagText.indexOf(quote, i + 1);
    return end < 0 ? undefined : decodeXmlText(tagText.slice(i + 1, end));
  }
  return undefined;
}

/** Every element named `local` (any namespace prefix): its attribute text and its content ('' when self-closed). */
export function* elements(xml: string, local: string): Generator<{ attributes: string; content: string }> {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${local}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}>)`, 'g');
  for (const match of xml.matchAll(pattern)) {
    yield { attributes: match[1], content: match[2] ?? '' };
  }
}

/** The text of an element's <t> pieces (rich text runs included, phonetic runs left out). */
export function textOfRuns(content: string): string {
  const withoutPhonetic = content.includes('rPh') ? content.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '') : content;
  let text = '';
  for (const t of elements(withoutPhonetic, 't')) {
    text += decodeXmlText(t.content);
  }
  return text;
}
