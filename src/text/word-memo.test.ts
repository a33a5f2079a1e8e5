/** Remembered word forms (word-memo.ts): the same answers as the plain function, within a bound. */
import { describe, expect, it } from 'vitest';
import { exactWord, foldWord } from './index.js';
import { rememberRecent, rememberWords } from './word-memo.js';

/** Upper case, remembered up to `max` words, with the words it actually computed. */
function countingUpper(max: number): { upper: (word: string) => string; computed: string[] } {
  const computed: string[] = [];
  const upper = rememberWords((w) => {
    computed.push(w);
    return w.toUpperCase();
  }, max);
  return { upper, computed };
}

describe('remembered word forms', () => {
  it('answers as the function does, computing each word once while it is remembered', () => {
    const { upper, computed } = countingUpper(3);
    expect(['bình', 'đẳng', 'bình', 'giới', 'bình'].map(upper)).toEqual(['BÌNH', 'ĐẲNG', 'BÌNH', 'GIỚI', 'BÌNH']);
    expect(computed).toEqual(['bình', 'đẳng', 'giới']);
  });

  it('forgets everything past its bound, and keeps answering the same', () => {
    const { upper, computed } = countingUpper(2);
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    // "c" found the memory full and emptied it: "a" is computed again.
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });

  it('gives the folded and exact forms of Vietnamese words the same the first and the hundredth time', () => {
    for (let i = 0; i < 100; i += 1) {
      expect(foldWord('Đẳng')).toBe('dang');
      expect(foldWord('GIỚI')).toBe('gioi');
      expect(exactWord('Hoá')).toBe(exactWord('hóa'));
    }
  });
});

describe('the last texts remembered', () => {
  it('answers as the function does, computing a text again only once it has left the last `size`', () => {
    const computed: string[] = [];
    const words = rememberRecent((text: string) => {
      computed.push(text);
      return text.split(' ');
    }, 2);
    // Equal texts built apart (as SQLite hands a function its arguments) are the same text.
    const body = ['Bình', 'đẳng', 'giới'].join(' ');
    const answers = [body, 'Tiêu đề', 'Bình đẳng giới', 'Sapo', 'Bình đẳng giới'].map(words);
    expect(answers).toEqual([['Bình', 'đẳng', 'giới'], ['Tiêu', 'đề'], ['Bình', 'đẳng', 'giới'], ['Sapo'], ['Bình', 'đẳng', 'giới']]);
    // The third call found the body; "Sapo" pushed it out, so the last call computed it again.
    expect(computed).toEqual(['Bình đẳng giới', 'Tiêu đề', 'Sapo', 'Bình đẳng giới']);
  });
});
