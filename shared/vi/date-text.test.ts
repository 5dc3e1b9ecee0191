import { describe, expect, it } from 'vitest';
import { addMonths, dateTextProblem } from './dates.ts';

describe('dateTextProblem', () => {
  it('accepts a real date and blank text', () => {
    expect(dateTextProblem('29/02/2024')).toBeNull();
    expect(dateTextProblem(' 5/1/1990 ')).toBeNull();
    expect(dateTextProblem('')).toBeNull();
  });

  it('names a date that does not exist, only a year, a year out of range and other text', () => {
    expect(dateTextProblem('31/02/1990')).toBe('notExist');
    expect(dateTextProblem('29/02/2023')).toBe('notExist');
    expect(dateTextProblem('1990')).toBe('incomplete');
    expect(dateTextProblem('03/1990')).toBe('incomplete');
    expect(dateTextProblem('01/01/1899')).toBe('range');
    expect(dateTextProblem('01/01/2101')).toBe('range');
    expect(dateTextProblem('hôm qua')).toBe('format');
    expect(dateTextProblem('1990-01-01')).toBe('format');
  });
});

describe('addMonths', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(addMonths('2024-03-15', 12)).toBe('2025-03-15');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
  });
});
