import { describe, expect, it } from 'vitest';
import { paragraphsToText, textToParagraphs } from './section-text.ts';

describe('section text', () => {
  it('splits paragraphs on blank lines and keeps single line breaks inside a paragraph', () => {
    expect(textToParagraphs('Một {{doanVien.tong}}.\n\n\nHai\ntiếp.\r\n  \r\nBa  ')).toEqual(['Một {{doanVien.tong}}.', 'Hai\ntiếp.', 'Ba']);
  });

  it('gives no paragraph for an empty text and round-trips paragraphs', () => {
    expect(textToParagraphs('  \n\n ')).toEqual([]);
    const paragraphs = ['Đoạn một.', 'Đoạn hai.'];
    expect(textToParagraphs(paragraphsToText(paragraphs))).toEqual(paragraphs);
  });
});
