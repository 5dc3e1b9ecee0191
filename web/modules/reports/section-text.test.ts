import { describe, expect, it } from 'vitest';
import { paragraphsToText, replaceWithPlaceholder, textToParagraphs } from './section-text.ts';

describe('section text', () => {
  it('splits paragraphs on blank lines and keeps single line breaks inside a paragraph', () => {
    expect(textToParagraphs('Một {{doanVien.tong}}.\n\n\nHai\ntiếp.\r\n  \r\nBa  ')).toEqual(['Một {{doanVien.tong}}.', 'Hai\ntiếp.', 'Ba']);
  });

  it('gives no paragraph for an empty text and round-trips paragraphs', () => {
    expect(textToParagraphs('  \n\n ')).toEqual([]);
    const paragraphs = ['Đoạn một.', 'Đoạn hai.'];
    expect(textToParagraphs(paragraphsToText(paragraphs))).toEqual(paragraphs);
  });

  it('replaces a typed number of one paragraph by a placeholder, leaving the others', () => {
    const paragraphs = ['Có 30 đồng chí.', 'Nữ 07 đồng chí, hỗ trợ trên 5.000.000 đồng.'];
    const start = paragraphs[1].indexOf('trên');
    expect(replaceWithPlaceholder(paragraphs, { paragraph: 1, start, end: start + 'trên 5.000.000'.length }, 'chamLo.leTet.lamTron'))
      .toEqual(['Có 30 đồng chí.', 'Nữ 07 đồng chí, hỗ trợ {{chamLo.leTet.lamTron}} đồng.']);
  });
});
