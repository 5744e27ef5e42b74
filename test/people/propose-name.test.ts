import { describe, expect, it } from 'vitest';
import { rolePairs, runPeople } from './people-fixtures.js';

/** [case, text, model PER names, expected `name:role` pairs, other model entities]. */
type Case = readonly [string, string, readonly string[], readonly string[], (readonly (readonly ['ORG' | 'LOC' | 'TITLE', string])[])?];

const ADDRESS_FORMS: readonly Case[] = [
  ['surname + 先生 is no name', '理财经理黄先生打来电话。', [], []],
  ['surname + 女士 is no name', '新闻系教师陈女士表示，', [], []],
  ['surname + 小姐 is no name', '该行负责人孙小姐介绍，', [], []],
  ['surname + 总 is no name', '集团副总经理方总表示，', [], []],
  ['two-character surname + 先生', '总经理欧阳先生致辞。', [], []],
  ['model PER of the surname alone (刘 of 刘先生)', '店长刘先生说，', ['刘'], []],
  ['model PER of the whole address form', '讲师周女士表示担忧。', ['周女士'], []],
  ['a full name before 先生 still links', '总经理李明先生致辞。', [], ['李明:总经理']],
  ['a model full name before 先生 still links', '执行董事吴强先生致辞。', ['吴强'], ['吴强:执行董事']],
  ['张某 stays a name', '副总经理张某说，', [], ['张某:副总经理']],
  ['a given name starting with 总 is not cut (model PER)', '主任王总成说，', ['王总成'], ['王总成:主任']],
  ['a surname before a title (章院长) takes no title before it', '特约主持人章院长和各位专家出席。', ['章'], ['章:院长']],
  ['a full name before a title still links', '主持人章明院长出席。', ['章明'], ['章明:主持人', '章明:院长']],
];

const DOTTED: readonly Case[] = [
  ['a transliterated name across a name dot', '导演安娜·米勒表示，', [], ['安娜·米勒:导演']],
  ['the last part ends at a predicate word', '天文学家安东·科瓦奇说，', [], ['安东·科瓦奇:天文学家']],
  ['the last part ends at a stop character', '主演马丁·科尔和李华说', [], ['马丁·科尔:主演']],
  ['a dot at the end adds nothing', '前锋马克·', [], ['马克:前锋']],
  ['a dot before Latin letters adds nothing', '导演安娜·Miller表示，', [], ['安娜:导演']],
  ['a part never crosses a model entity', '导演安娜·米勒表示，', [], ['安娜:导演'], [['LOC', '米勒']]],
];

const BYLINES: readonly Case[] = [
  ['撰文 after a byline name is a credit', '（新华网编辑小林撰文）', [], ['小林:新华网编辑'], [['ORG', '新华网']]],
  ['a three-character byline name ending in 撰文 is kept', '（记者 李撰文）', [], ['李撰文:记者']],
  ['实习生 is a byline title', '（记者王强实习生赵敏）近日，', [], ['王强:记者', '赵敏:实习生']],
];

const LEXICON: readonly Case[] = [
  ['馆长', '博物馆馆长陈刚说，', [], ['陈刚:馆长']],
  ['站主', '投注站站主周华说，', [], ['周华:站主']],
  ['a science title ending in 学家', '天文学家李明说，', [], ['李明:天文学家']],
  ['官员 with no name links to nobody', '有关官员表示，', [], []],
  ['站主 inside 站主要 links nobody', '车站主要负责人张明说，', [], ['张明:负责人']],
];

describe('people: proposeName', () => {
  const table = (cases: readonly Case[]) => cases.map(([name, text, names, expected, others]) => ({ name, text, names, expected, others: others ?? [] }));
  it.each(table(ADDRESS_FORMS))('address forms: $name', ({ text, names, expected, others }) => {
    expect(rolePairs(runPeople(text, names, others).people)).toEqual([...expected].sort());
  });
  it.each(table(DOTTED))('dotted names: $name', ({ text, names, expected, others }) => {
    expect(rolePairs(runPeople(text, names, others).people)).toEqual([...expected].sort());
  });
  it.each(table(BYLINES))('bylines: $name', ({ text, names, expected, others }) => {
    expect(rolePairs(runPeople(text, names, others).people)).toEqual([...expected].sort());
  });
  it.each(table(LEXICON))('titles lexicon: $name', ({ text, names, expected, others }) => {
    expect(rolePairs(runPeople(text, names, others).people)).toEqual([...expected].sort());
  });
});
