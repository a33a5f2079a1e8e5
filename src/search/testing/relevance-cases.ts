/**
 * Test support: the relevance cases, run unchanged on every database. Each case says
 * what a reader should get; the expected results were chosen by reading the demo
 * content and the fixtures (testing/fixtures.ts), not by recording engine output.
 * On top of its own expectation, every case must find exactly what the oracle
 * (testing/oracle.ts) finds.
 */
import type { SearchContentType } from '../kinds.js';
import type { FixtureName } from './fixtures.js';

export type Expectation =
  /** The Cam Lộ seed article is the first hit. */
  | { kind: 'seedFirst' }
  /** The first hit's title contains each of these folded phrases. */
  | { kind: 'topTitleHas'; phrases: string[] }
  /** The first hit's title contains this word with these very diacritics (tone placement normalised). */
  | { kind: 'topTitleHasExact'; word: string }
  /** The first hit's title has as many of the query's words as the best title of any match. */
  | { kind: 'topTitleCoverage' }
  /** The first hit is a static page titled so. */
  | { kind: 'topPage'; title: string }
  /** The first hit is of this kind and its title has the words (a legal document found by its number). */
  | { kind: 'topOfKind'; type: SearchContentType; phrase: string }
  | { kind: 'none' }
  /** Exactly the same hits, in the same order, as another query. */
  | { kind: 'sameAs'; other: string }
  /** Within the fixtures' category: exactly these fixtures, in this order. */
  | { kind: 'fixtures'; names: FixtureName[] }
  /** Over everything: exactly these fixtures, in this order. */
  | { kind: 'onlyFixtures'; names: FixtureName[] };

export interface RelevanceCase {
  q: string;
  expect: Expectation;
}

const NFD = (text: string) => text.normalize('NFD');
const seedFirst: Expectation = { kind: 'seedFirst' };
const top = (...phrases: string[]): Expectation => ({ kind: 'topTitleHas', phrases });

export const RELEVANCE_CASES: readonly RelevanceCase[] = [
  // The seed article, however the reader types it.
  { q: 'binh dang gioi', expect: seedFirst },
  { q: 'BÌNH ĐẲNG GIỚI', expect: seedFirst },
  { q: NFD('bình đẳng giới'), expect: seedFirst },
  { q: 'bình đẳng giới', expect: seedFirst },
  { q: 'Bình\u00a0đẳng\u00a0giới', expect: seedFirst },
  { q: 'Bình Đẳng Giới', expect: seedFirst },
  { q: 'BINH DANG GIOI', expect: seedFirst },
  { q: '  bình \t đẳng\u2009giới  ', expect: seedFirst },
  { q: '"bình đẳng giới"', expect: seedFirst },
  { q: 'binh dang gio', expect: seedFirst },
  { q: 'phat dong huong ung thanh hanh dong', expect: seedFirst },
  { q: 'Cam Lộ bình đẳng giới', expect: seedFirst },
  { q: 'bình đẳng giới năm 2022', expect: seedFirst },
  // Titles first: phrases, prefixes, words far apart.
  { q: 'nông thôn mới', expect: top('nông thôn mới') },
  { q: 'nong thon moi', expect: top('nông thôn mới') },
  { q: '"nông thôn mới"', expect: top('nông thôn mới') },
  { q: 'OCOP', expect: top('ocop') },
  { q: 'dịch tả lợn châu Phi', expect: top('dịch tả lợn châu phi') },
  { q: 'Dân vận khéo', expect: top('dân vận khéo') },
  { q: 'hiến máu tình nguyện', expect: top('hiến máu tình nguyện') },
  { q: 'bảo hiểm y tế', expect: top('bảo hiểm y tế') },
  { q: 'cúm mùa', expect: top('cúm mùa') },
  { q: 'Huy hiệu Đảng', expect: top('huy hiệu đảng') },
  { q: 'trấn áp tội phạ', expect: top('trấn áp tội phạm') },
  { q: 'Khánh thàn', expect: top('khánh thành') },
  { q: 'Cam Lộ OCOP', expect: top('cam lộ', 'ocop') },
  { q: 'Cồn Cỏ bình đẳng', expect: top('cồn cỏ', 'bình đẳng') },
  { q: 'Đông Hà', expect: top('đông hà') },
  { q: 'dong ha', expect: top('đông hà') },
  { q: 'ĐAKRÔNG', expect: top('đakrông') },
  { q: 'dakrong', expect: top('đakrông') },
  // Exact diacritics first; đ is not d; old and new tone placement are one word.
  { q: 'đảng viên', expect: { kind: 'topTitleHasExact', word: 'đảng viên' } },
  { q: 'dương', expect: { kind: 'topTitleHasExact', word: 'dương' } },
  { q: 'đường', expect: { kind: 'topTitleHasExact', word: 'đường' } },
  { q: 'hóa', expect: { kind: 'topTitleHasExact', word: 'hóa' } },
  { q: 'hoá', expect: { kind: 'sameAs', other: 'hóa' } },
  { q: 'văn hóa', expect: top('văn hóa') },
  { q: 'văn hoá', expect: { kind: 'sameAs', other: 'văn hóa' } },
  { q: 'thuỷ', expect: { kind: 'sameAs', other: 'thủy' } },
  { q: 'Uỷ ban Kiểm tra', expect: { kind: 'sameAs', other: 'Ủy ban kiểm tra' } },
  { q: 'Ủy ban kiểm tra', expect: top('ủy ban kiểm tra') },
  { q: NFD('Đảo Cồn Cỏ'), expect: { kind: 'sameAs', other: 'Đảo Cồn Cỏ' } },
  // Category names as queries.
  { q: 'Cải cách hành chính', expect: top('cải cách hành chính') },
  { q: 'Quốc phòng - An ninh', expect: { kind: 'topTitleCoverage' } },
  { q: 'Giáo dục - Y tế', expect: { kind: 'topTitleCoverage' } },
  { q: 'Nông nghiệp - Nông thôn mới', expect: { kind: 'topTitleCoverage' } },
  // Static pages.
  { q: 'Giới thiệu', expect: { kind: 'topPage', title: 'Giới thiệu' } },
  { q: 'Liên hệ', expect: { kind: 'topPage', title: 'Liên hệ' } },
  { q: 'Nghị định 42/2022/NĐ-CP', expect: { kind: 'topOfKind', type: 'document', phrase: '42/2022/NĐ-CP' } },
  // Nothing.
  { q: 'xyzzy', expect: { kind: 'none' } },
  { q: 'qwertyuiop asdfgh', expect: { kind: 'none' } },
  { q: 'bình đẳng giới xyzzy', expect: { kind: 'none' } },
  { q: '"giới bình đẳng"', expect: { kind: 'none' } },
  { q: '@@@ ### !!!', expect: { kind: 'none' } },
  { q: '😀🎉', expect: { kind: 'none' } },
  // The fixtures: one ranking rule each.
  { q: 'kơ nia', expect: { kind: 'fixtures', names: ['inTitle', 'inLead', 'inBody'] } },
  { q: 'cồng chiêng', expect: { kind: 'fixtures', names: ['newerTwin', 'olderTwin'] } },
  { q: 'dương xỉ', expect: { kind: 'fixtures', names: ['duong', 'dDuong'] } },
  { q: 'đường xỉ', expect: { kind: 'fixtures', names: ['dDuong', 'duong'] } },
  { q: 'duong xi', expect: { kind: 'fixtures', names: ['dDuong', 'duong'] } },
  { q: 'khỏe thổ cẩm', expect: { kind: 'fixtures', names: ['khoeOldStyle', 'khoeOther'] } },
  { q: 'khoẻ thổ cẩm', expect: { kind: 'fixtures', names: ['khoeOldStyle', 'khoeOther'] } },
  { q: 'xoong Pa Nho', expect: { kind: 'onlyFixtures', names: ['farApart'] } },
];
