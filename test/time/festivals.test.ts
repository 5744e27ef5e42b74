import { describe, expect, it } from 'vitest';
import { FESTIVALS, festivalDate } from '../../src/time/festivals.js';
import { createTimeComponent } from '../../src/time/time-component.js';
import type { State } from '../../src/pipeline/component.js';

/** [festival, year, expected date or undefined when outside the table]. */
const DATES: readonly (readonly [string, number, string | undefined])[] = [
  ['春节', 2000, '2000-02-05'], ['春节', 2008, '2008-02-07'], ['春节', 2020, '2020-01-25'], ['春节', 2023, '2023-01-22'],
  ['春节', 2024, '2024-02-10'], ['春节', 2027, '2027-02-06'], ['春节', 2035, '2035-02-08'], ['春节', 2036, undefined],
  ['除夕', 2024, '2024-02-09'], ['元宵节', 2024, '2024-02-24'], ['端午节', 2023, '2023-06-22'], ['端午节', 2025, '2025-05-31'],
  ['中秋节', 2001, '2001-10-01'], ['中秋节', 2023, '2023-09-29'], ['中秋节', 2027, undefined], ['重阳节', 2023, '2023-10-23'],
  ['七夕', 2023, '2023-08-22'], ['清明节', 2023, '2023-04-05'], ['清明节', 2024, '2024-04-04'], ['国庆节', 1999, '1999-10-01'],
  ['元旦', 2050, '2050-01-01'], ['建军节', 2023, '2023-08-01'],
];

const iso = (d: { y: number; m: number; d: number } | undefined): string | undefined =>
  d === undefined ? undefined : `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

describe('time', () => {
  it.each(DATES.map(([name, year, date]) => ({ name, year, date })))('dates $name in $year as $date', ({ name, year, date }) => {
    const festival = FESTIVALS.get(name);
    expect(festival).toBeDefined();
    expect(iso(festivalDate(festival!, year))).toBe(date);
  });

  it('runs as the time component on the normalized text with meta.date', () => {
    const component = createTimeComponent();
    expect(component).toMatchObject({ name: 'time', requires: ['sentences', 'tokens', 'entities'], assigns: ['times', 'entities'] });
    const text = '3月23日上午，近日';
    const state = { original: text, text, matchText: text, meta: { date: '2023-03-25' }, sentences: [], entities: [] } as unknown as State;
    const out = component.run(state);
    expect(out.times?.map((t) => t.value)).toEqual(['2023-03-23T00:00/2023-03-23T12:00', '2023-03-25']);
    expect(out.entities?.map((e) => [e.label, e.text])).toEqual([['TIME', '3月23日上午'], ['TIME', '近日']]);
  });
});
