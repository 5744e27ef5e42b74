/**
 * A tiny in-memory place lexicon for unit tests: real codes and names from the registry, a handful
 * of each level, chosen to make names ambiguous (西城街道, 朝阳区, 吉林, 城西街道, 城关镇, 李一村).
 */
import { createPlaceLexicon, createVillageTable, type Division, type PlaceLexicon } from '../../src/places/place-lexicon.js';

type Row = [code: string, name: string, kind: string, short: string, flags: string];

const ROWS: Row[] = [
  ['11', '北京市', 'province', '北京', 'FS'], ['110101', '东城区', 'county', '东城', 'F'], ['110102', '西城区', 'county', '西城', 'F'],
  ['110105', '朝阳区', 'county', '朝阳', 'F'],
  ['14', '山西省', 'province', '山西', 'FS'], ['1408', '运城市', 'city', '运城', 'FS'], ['140802', '盐湖区', 'county', '盐湖', 'FS'],
  ['140802003', '西城街道', 'town', '西城', 'F'],
  ['22', '吉林省', 'province', '吉林', 'FS'], ['2201', '长春市', 'city', '长春', 'FS'], ['220104', '朝阳区', 'county', '朝阳', 'F'],
  ['2202', '吉林市', 'city', '吉林', 'FS'],
  ['33', '浙江省', 'province', '浙江', 'FS'], ['3307', '金华市', 'city', '金华', 'FS'], ['330702', '婺城区', 'county', '婺城', 'FS'],
  ['330702003', '城西街道', 'town', '城西', 'F'], ['330782', '义乌市', 'county', '义乌', 'FS'], ['330782006', '城西街道', 'town', '城西', 'F'],
  ['330782101', '城关镇', 'town', '城关', 'F'], ['330783', '东阳市', 'county', '东阳', 'FS'], ['330783101', '城关镇', 'town', '城关', 'F'],
  ['330784', '永康市', 'county', '永康', 'FS'], ['330784001', '东城街道', 'town', '东城', 'F'], ['330784002', '西城街道', 'town', '西城', 'F'],
  ['330784105', '石柱镇', 'town', '石柱', 'F'], ['330784111', '西溪镇', 'town', '西溪', 'F'],
];

/** The tiny divisions. */
export const TINY_DIVISIONS: Division[] = ROWS.map(([code, name, kind, short, flags]) => ({
  code, name, kind,
  ...(code.length > 2 ? { parent: code.length === 9 ? code.slice(0, 6) : code.slice(0, code.length - 2) } : {}),
  ...(short ? { short } : {}),
  fullSafe: flags.includes('F'),
  shortSafe: flags.includes('S'),
}));

/** The tiny lexicon (fresh per call). */
export function tinyPlaceLexicon(): PlaceLexicon {
  return createPlaceLexicon({
    version: 'tiny',
    divisions: TINY_DIVISIONS,
    villages: createVillageTable([
      ['李一村', ['330784002200', '330782006201']],
      ['望春社区', ['330784001008', '140802003008']],
      ['后塘村', ['330784105201']],
      ['华村', ['330784002212', '321112102207']],
    ]),
  });
}
