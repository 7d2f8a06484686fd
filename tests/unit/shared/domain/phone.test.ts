import { describe, it, expect } from 'vitest';
import { lastFourDigitsMatch, parseMobileNumber } from '../../../../shared/domain/phone.js';

describe('parseMobileNumber', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    [' 19912345678 ', '19912345678'],
    ['+8613812345678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['86-138-1234-5678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
  ])('%s → %s', (input, expected) => {
    expect(parseMobileNumber(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['  - ', 'empty'],
    ['1381234567', 'wrong_length'],
    ['138123456789', 'wrong_length'],
    ['+86', 'wrong_length'],
    ['+861381234567', 'wrong_length'],
    ['138abcd5678', 'bad_characters'],
    ['(138)12345678', 'bad_characters'],
    ['138.1234.5678', 'bad_characters'],
    ['12812345678', 'bad_prefix'],
    ['10012345678', 'bad_prefix'],
    ['23812345678', 'bad_prefix'],
    ['86123456789', 'bad_prefix'],
    ['+1 415 555 0100', 'bad_prefix'],
  ])('%s → %s', (input, expected) => {
    expect(parseMobileNumber(input)).toEqual({ ok: false, error: expected });
  });
});

describe('lastFourDigitsMatch', () => {
  it.each([
    ['13812345678', '5678', true],
    ['+86 138-1234-5678', '5678', true],
    ['13812345678', '5679', false],
    ['13812345678', '678', false],
    ['13812345678', '45678', false],
    ['13812345678', ' 5678', false],
    ['13812345678', '56a8', false],
    ['13812345678', '', false],
    ['5678', '5678', false], // not a valid mobile number
  ])('%s / %s → %s', (phone, lastFour, expected) => {
    expect(lastFourDigitsMatch(phone, lastFour)).toBe(expected);
  });
});
