/**
 * The front page (examples/articles/yongkang-daily-page1.txt) in the shape the people step sees it:
 * normalized (letter-spacing collapsed, wrapped lines joined, one paragraph a line), with PER spans
 * given as a model would give them. The end-to-end golden test over the real pipeline is test/golden/.
 */
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/document/types.js';
import { predictedPersonRoles } from '../../src/people/score-person-roles.js';
import { runPeople } from './people-fixtures.js';

const PAGE = [
  'YONGKANG DAILY',
  '掌上永康 客户端',
  '亩均英雄贷 信用贷未来',
  '本报讯（融媒首席记者 陈晓苏）3月23日上午，市委书记章旭升赴经济开发区、西城街道、城西新区等地调研低效工业用地整治工作。他强调，要进一步强化节约集约用地意识，发扬斗争精神，主动担当作为，敢于动真碰硬，勇于攻坚突破，为加快建设“世界五金之都 品质活力永康”提供坚实的要素保障。市领导李浩锋、胡文建参加相关活动。',
  '章旭升一行先后来到三博区块、烈桥区块、中月区块、飞鹰区块等地，实地考察相关企业低效用地开发利用情况，了解有关项目进展。部分企业主改造意愿强烈，有的也已付诸行动。',
  '章旭升指出，空间资源是最宝贵的资源，盘活低效工业用地是践行新发展理念、推动高质量发展的必由之路。',
  '章旭升强调，集约利用、集聚发展是当下我市寻求更多空间、谋求更大发展的关键之举。要摸清底数强规划。',
  '章旭升在调研低效工业用地整治工作时强调',
  '主动担当作为 勇于攻坚突破',
  '本报讯（融媒首席记者 张赤奎） 3月24日下午，市委副书记、市长胡勇春来到市矛调中心接待来访群众，面对面倾听群众诉求，与相关部门现场会商，协调解决群众反映的问题。副市长谢纯参加接访。',
  '在接访过程中，胡勇春与来访群众深入交流，提出具体处理意见，并要求相关部门落实责任，跟踪督查。',
  '胡勇春指出，信访工作事关群众切身利益，事关社会和谐稳定。',
  '胡勇春在接待来访群众时强调',
  '坚持以人民为中心 维护群众合法权益',
  '永康农商银行：',
  '多彩活动进社区',
  '本报讯（通讯员王影） 近日，永康农商银行举办了形式多样的活动，全方位推进劳动竞赛。',
  '永康农商银行总行营业部邀请望春社区居民现场制作棉花糖，该行工作人员通过引导居民填写金融调查问卷，收集客户的基础信息。',
  '永康农商银行相关负责人表示，该行将继续用细致贴心的服务，切实增强金融服务能力。',
  '你翻耕',
  '我伴舞',
  '3月24日，在城西新区李一村附近的田野上，稻农李炜斌正在翻耕水田，一群鹭鸟在他周围环绕飞翔。',
  '融媒记者 杨成栋 摄',
].join('\n');

const EXPECTED = [
  ['陈晓苏', ['融媒首席记者']],
  ['章旭升', ['市委书记']],
  ['李浩锋', ['市领导']],
  ['胡文建', ['市领导']],
  ['张赤奎', ['融媒首席记者']],
  ['胡勇春', ['市委副书记', '市长']],
  ['谢纯', ['副市长']],
  ['王影', ['通讯员']],
  ['李炜斌', ['稻农']],
  ['杨成栋', ['融媒记者']],
];

const MODEL_NAMES = [
  '陈晓苏', '章旭升', '李浩锋', '胡文建', '章旭升', '章旭升', '章旭升', '章旭升', '张赤奎', '胡勇春', '谢纯', '胡勇春', '胡勇春', '胡勇春',
  '王影', '李炜斌', '杨成栋',
];
const MODEL_OTHERS = [
  ['LOC', '城西新区'], ['ORG', '永康农商银行'], ['ORG', '永康农商银行'], ['ORG', '永康农商银行'], ['ORG', '永康农商银行'], ['LOC', '李一村'],
] as const;

const view = (people: Document['people']): (readonly [string, string[]])[] => people.map((p) => [p.name, p.roles.map((r) => r.text)] as const);

describe('people', () => {
  it('finds exactly the people and roles of the front page (model PER spans given)', () => {
    const { people } = runPeople(PAGE, MODEL_NAMES, MODEL_OTHERS);
    expect(view(people)).toEqual(EXPECTED);
    const byName = new Map(people.map((p) => [p.name, p]));
    expect(byName.get('章旭升')?.mentions).toHaveLength(5);
    expect(byName.get('杨成栋')?.roles[0]).toMatchObject({ title: '记者', org: '融媒', modifiers: [], source: 'rule:photo-credit' });
    expect(byName.get('陈晓苏')?.roles[0]).toMatchObject({ title: '记者', org: '融媒', modifiers: ['首席'], source: 'rule:byline' });
    expect(byName.get('胡勇春')?.roles.map((r) => [r.title, r.org, r.modifiers])).toEqual([['书记', '市委', ['副']], ['市长', undefined, []]]);
  });

  it('attributes the reported speech on the front page', () => {
    const { people } = runPeople(PAGE, MODEL_NAMES, MODEL_OTHERS);
    const speech = Object.fromEntries(people.filter((p) => p.speech.length > 0).map((p) => [p.name, p.speech.map((s) => s.text.slice(0, 8))]));
    expect(speech).toEqual({
      章旭升: ['要进一步强化节约', '空间资源是最宝贵', '集约利用、集聚发'],
      胡勇春: ['信访工作事关群众'],
    });
  });

  it('finds the same people and roles from the rules alone (no model entities)', () => {
    const { people } = runPeople(PAGE);
    expect(view(people)).toEqual(EXPECTED);
  });

  it('predicts the title–name pairs an evaluation scores', () => {
    const result = runPeople(PAGE, MODEL_NAMES, MODEL_OTHERS);
    const pairs = predictedPersonRoles(result).map((p) => `${PAGE.slice(p.title.start, p.title.end)}${PAGE.slice(p.name.start, p.name.end)}`);
    expect(pairs.sort()).toEqual(['市委书记章旭升', '市长胡勇春', '市领导李浩锋', '副市长谢纯', '稻农李炜斌', '通讯员王影'].sort());
  });
});
