// Source: shared/spec/legal-facts.md. Words live in locales (fact.<key>); this file holds the data.

/** The date the facts file was checked against its sources. Shown beside every legal basis. */
export const FACTS_CHECKED_ON = '2026-11-23';

/** V: read in a source. L: secondary sources agree, or an article number rests on one source. */
export type Confidence = 'V' | 'L' | 'V/L';

interface FactDef {
  readonly sources: readonly string[];
  readonly confidence: Confidence;
  /** A phone number the facts file lists for this fact; rendered as a tel: link. */
  readonly phone?: string;
}

export const LEGAL_FACTS = {
  collection_is_lawful: { sources: [], confidence: 'V' },
  criminal_293_1: { sources: ['https://itanlian.com/learn/zaiquan/61243.html'], confidence: 'V' },
  criminal_238: { sources: ['https://110ask.com/zhishi/24109040964793533.html'], confidence: 'V' },
  soft_violence_2019: { sources: ['http://6dgww.com/Article/9264960.html'], confidence: 'V' },
  public_order_law: {
    sources: [
      'http://www.indesignkitchens.com/Content-2888886.html',
      'http://jxhl.hljcourt.gov.cn/public/detail.php?id=2182',
    ],
    confidence: 'V/L',
  },
  civil_privacy: {
    sources: [
      'https://jusspace.com/forum.php?mod=viewthread&tid=1504',
      'https://www.lawparks.com/ask/which-law-does-debt-collection-break',
    ],
    confidence: 'V',
  },
  civil_injunction_997: {
    sources: ['https://jusspace.com/forum.php?goto=lastpost&mod=redirect&tid=1540'],
    confidence: 'V',
  },
  pipl: { sources: ['https://m.e-book.qq.com/read/1044618384/14'], confidence: 'V' },
  nfra_consumer_rules: {
    sources: ['http://finance.eastmoney.com/a/202212302601739220.html'],
    confidence: 'V/L',
  },
  card_rules_68: { sources: ['http://wwpfw.com/xinyongqiataoxian/96746.html'], confidence: 'L' },
  card_instalment_70: {
    sources: ['http://m.yktchina.com/xyk/xyk/2022/0913/46444.html'],
    confidence: 'V',
  },
  complaint_15_days: { sources: ['https://linqubank.com/v/624'], confidence: 'V' },
  industry_third_parties: {
    sources: [
      'http://cn.huashangw.com/news/740117.html',
      'http://epaper.csjrw.cn/csjrb/20260204/html/content_20260204002001.htm',
    ],
    confidence: 'V',
  },
  industry_hours_frequency: {
    sources: [
      'http://fund.caiding5.cn/shichang/36079.html',
      'https://m.csai.cn/wenda/1022378.html',
    ],
    confidence: 'V/L',
  },
  industry_prohibited: {
    sources: [
      'http://fund.caiding5.cn/shichang/36079.html',
      'https://www.163.com/dy/article/KKKKMEEH0553TEXM.html',
    ],
    confidence: 'V',
  },
  no_collection_licence: {
    sources: ['https://taozhai.zhenggang.org/archives/3850'],
    confidence: 'L',
  },
  official_channel_only: {
    sources: ['http://fund.caiding5.cn/shichang/36079.html'],
    confidence: 'L',
  },
  private_lending_cap: {
    sources: [
      'https://www.tellerreport.com/news/2020-08-20-supreme-law--substantially-reduce-the-upper-limit-of-judicial-protection-of-private-lending-interest-rates-chinanews-com.Hy6Z1f1nfw.html',
      'http://uianet.net/dictionary/b5604534.html',
    ],
    confidence: 'V/L',
  },
  licensed_rate_lines: {
    sources: [
      'http://www.caizhivip.com/caijing/747.html',
      'https://ka.tjxxjx.com/yk/2fb422652eb4c75f.html',
    ],
    confidence: 'L',
  },
  hotline_110: {
    sources: ['http://www.mccaee.com/a/xinwendongtai/54.html'],
    confidence: 'V',
    phone: '110',
  },
  hotline_12378: {
    sources: ['https://szcga.com/zhengceinfo.asp?ID=1173'],
    confidence: 'V/L',
    phone: '12378',
  },
  local_regulator: {
    sources: [
      'http://www.jingsw.com/mobile/news/show-25875.html',
      'https://www.qllr.org/peizipingtai/19623.html',
    ],
    confidence: 'L',
  },
  hotline_12321: {
    sources: ['https://kubaishu.com/life/211783.html'],
    confidence: 'L',
    phone: '12321',
  },
  hotline_12315: {
    sources: ['https://news.duote.com/202303/380458.html'],
    confidence: 'V',
    phone: '12315',
  },
  hotline_12348: {
    sources: ['https://szbz.hbfzb.com/hbfzbpaper/pc/content/202301/19/content_49913.html'],
    confidence: 'V',
    phone: '12348',
  },
  hotline_12368: {
    sources: [
      'http://hshmqfy.nmgfy.gov.cn/article/detail/2022/07/id/6796141.shtml',
      'http://47.96.164.84/ljdb/pc/content/202204/25/content_225168.html',
    ],
    confidence: 'V',
    phone: '12368',
  },
  hotline_96110: {
    sources: ['https://1500zi.500zi.com/article/4/325/0jDwr9W56d.html'],
    confidence: 'V',
    phone: '96110',
  },
  hotline_12356: {
    sources: [
      'https://c.m.163.com/news/a/JKBD9CKU0514CC6P.html?from=subscribe',
      'http://bzoee.hgtkbf.com/html/4a499551.html',
    ],
    confidence: 'V',
    phone: '12356',
  },
  credit_report: {
    sources: [
      'https://lawtime.cn/zhishi/a4067954.html',
      'https://99.wendadaohang.com/zd/Bzez7jW7v.html',
    ],
    confidence: 'V/L',
  },
  agreement_binding: {
    sources: [
      'https://m.gan-ren.com/mc/eertrbfgttdrcrhcrf.htm',
      'https://m.ibooks.qq.com/read/1040457420/44',
    ],
    confidence: 'V',
  },
  agreement_contents: {
    sources: ['http://m.yktchina.com/xyk/xyk/2022/0913/46444.html'],
    confidence: 'L',
  },
  limitation: { sources: ['https://junziqian.com/policy_detail-808.html'], confidence: 'V/L' },
  debt_relief_scams: {
    sources: [
      'http://epaper.ichangzhi.com.cn/czrb/html/2025-03/13/content_143893_1946920.htm',
      'https://www.mycaijing.com/article/detail/561295?source_id=40',
    ],
    confidence: 'V',
  },
  fake_legal_firms: {
    sources: ['http://www.shdongyou.cn/dy/article/KDAA4I3Q0514BE2Q.html?spss=dy_author'],
    confidence: 'V',
  },
  refusing_judgment_313: {
    sources: [
      'https://paper.yanews.cn/yarb/20170113/html/content_20170113007002.htm',
      'http://www.nmlinxi.jcy.gov.cn/flgz/202411/t20241125_6737615.shtml',
    ],
    confidence: 'V',
  },
  card_fraud_196: { sources: ['https://csai.cn/wenda/845226.html'], confidence: 'L' },
  enforcement_info: {
    sources: ['https://m.6655.cn/toutiao/11480549411372.shtml'],
    confidence: 'L',
  },
} as const satisfies Record<string, FactDef>;

export type FactKey = keyof typeof LEGAL_FACTS;

export const FACT_KEYS = Object.keys(LEGAL_FACTS) as FactKey[];

/** Every phone number the facts file lists: the only numbers the guide may show. */
export const LISTED_PHONE_NUMBERS: readonly string[] = FACT_KEYS.flatMap((key) => {
  const fact: FactDef = LEGAL_FACTS[key];
  return fact.phone === undefined ? [] : [fact.phone];
});

export function phoneOf(key: FactKey): string | undefined {
  const fact: FactDef = LEGAL_FACTS[key];
  return fact.phone;
}
