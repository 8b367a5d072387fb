/**
 * States Parties to the Rome Statute of the International Criminal Court, with the day the Statute entered
 * into force for each, withdrawals (with the day they took effect) and declarations accepting the Court's
 * jurisdiction under art. 12(3) by States that were not (yet) parties.
 *
 * Canonical sources: the ICC Assembly of States Parties list (asp.icc-cpi.int/states-parties) and the UN Treaty
 * Collection, chapter XVIII.10. Neither live page could be read here. On 2026-11-23 every entry was checked
 * against stored third-party copies (reference, not authority), through the stored-pages search:
 * - deposit dates for 123 of the 127 rows: the ABA ICC Project dataset, github.com/theNewDynamic/aba-icc,
 *   _data/state-parties-map.csv (c. 2016; it has typos: Grenada, Tunisia and Vanuatu "2002" entry years,
 *   Malawi "2011" deposit year, all contradicted by the other sources below). Each entry-into-force day was then
 *   recomputed from the deposit day by art. 126: 1 July 2002 for deposits up to 11 April 2002 (the day the 60th
 *   instrument was deposited); otherwise the first day of the month after the 60th day following the deposit;
 * - second sources: the Wikipedia table as copied on wikiclassic.com/wiki/States_Parties_to_the_Rome_Statute_of_
 *   the_International_Criminal_Court, dl1.en-us.nina.az/States_parties_to_the_Rome_Statute_of_the_International_
 *   Criminal_Court.html ("As of June 2025, there are 125 states parties") and hyperlinked.wiki (only the rows
 *   Afghanistan to Belize are readable there); its notes on liquisearch.com (Colombia, France, Montenegro, Côte
 *   d'Ivoire, Palestine); the Austrian notice of deposits 2002–2005 (global-regulation.com/translation/austria/
 *   3003160); pgaction.org/es/ilhr/rome-statute/states-parties.html (deposits 2006–2024; 33/19/20/28/25 by
 *   region); a copy of the UN depositary status for Trinidad and Tobago to Zambia (zaki.ru/pagesnew.php?
 *   id=59434&page=8); news of single accessions: news.un.org (Cabo Verde), asp.icc-cpi.int/press-releases/pr873
 *   (Côte d'Ivoire), pgaction.org and dre.tretas.org (El Salvador), coalitionfortheicc.org (Kiribati, Ukraine),
 *   asp.icc-cpi.int/states-parties/asian-states/Palestine, derechos.org (Malta);
 * - withdrawals: trumpetnews.co.ug and kassfm.co.ke (Burundi), icc-cpi.int statement of 20 March 2018
 *   (Philippines), coalitionfortheicc.org/news/hungary-withdraws-icc-rome-statute and the ASP President's
 *   statement on icc-cpi.int (Hungary), trialinternational.org and africandiplomats.com (Burkina Faso, Mali,
 *   Niger), kabulnow.com and afintl.com (Afghanistan), thestar.com.my and malaymail.com (Malaysia);
 * - declarations and referrals: icc-cpi.int press release pr1146 (Ukraine, both), un.org/unispal and
 *   pcjc.blogs.pace.edu (Palestine 2015), the OTP's 3 April 2012 note as copied on scribd.com (Palestine 2009),
 *   icj.org and nurembergacademy.org (Libya 2025), unscr.com/en/resolutions/1593, the UN press release on
 *   resolution 1970 (2011).
 * The rows the ABA dataset lacks (Kiribati, El Salvador, Armenia, Ukraine) rest on the news and Wikipedia copies.
 * Rows with one source only (the ABA dataset, through art. 126), because no second copy of them was readable:
 * the 1 July 2002 rows between Belize and Trinidad and Tobago, and Bolivia, Brazil, Gambia, Greece, Honduras,
 * Latvia and Namibia (deposited in May–July 2002).
 *
 * Entries changed by the check: 5 data rows and 4 notes. Malta's entry into force was wrong (deposit 29 November
 * 2002, so 1 February 2003, not 1 March); Burundi, the Philippines and Hungary gain the day they notified their
 * withdrawal (`withdrawalNotified`), so a State is `withdrawing` only between notice and effect, not from its
 * accession on; Libya's declaration of 12 May 2025 is added. The notes on France's and Colombia's art. 124
 * declarations are corrected, one on Ukraine's is added, and Montenegro is no longer unsure. Still "unsure"
 * (marked below): whether Hungary's withdrawal took effect on 2 June 2026 (every source predates that day);
 * whether Burkina Faso, Mali and Niger have since notified their withdrawal; the day Côte d'Ivoire's declaration
 * was lodged; the first day covered by Libya's declaration; a possible Ugandan declaration of 2003–2004. Before a
 * briefing is used for legal action, check the country against the ASP page.
 *
 * Not in the table on purpose: Malaysia deposited an instrument of accession on 4 March 2019 and withdrew it on
 * 29 April 2019, before it could take effect, so it never became a party. A withdrawal takes effect one year
 * after the notification (art. 127(1)) and does not discharge the State from crimes committed while it was a
 * party (art. 127(2)).
 */

/** A State's relationship with the Rome Statute. Dates are YYYY-MM-DD. */
export interface IccStateRecord {
  iso3: string;
  /** The day the Statute entered into force for the State (it can try crimes committed from then on). */
  inForce: string;
  /** The day the State notified its withdrawal to the UN Secretary-General; absent when it never did. */
  withdrawalNotified?: string;
  /** The day a withdrawal took (or will take) effect; absent when the State never withdrew. */
  withdrawalEffective?: string;
}

/** An art. 12(3) declaration: a non-party State accepting the Court's jurisdiction for a period. */
export interface Article12_3Declaration {
  iso3: string;
  lodged: string;
  /** First day of the crimes the declaration covers. */
  coversFrom: string;
  /** Last day covered; absent when open-ended (until the State became a party). */
  coversTo?: string;
}

/** A Security Council referral under art. 13(b): the Court may act whatever the State's status. */
export interface SecurityCouncilReferral {
  iso3: string;
  resolution: string;
  adopted: string;
  /** What the referral covers, in both languages. */
  situation: { en: string; es: string };
  coversFrom: string;
}

const ORIGINAL = '2002-07-01';

const p = (iso3: string, inForce: string): IccStateRecord => ({ iso3, inForce });

/** A party that notified its withdrawal on `notified`, effective on `effective` (art. 127(1)). */
const withdrew = (iso3: string, inForce: string, notified: string, effective: string): IccStateRecord => ({
  iso3,
  inForce,
  withdrawalNotified: notified,
  withdrawalEffective: effective,
});

/**
 * The 125 States that were parties in June 2025 (Hungary included), plus the two that had already withdrawn
 * (Burundi, Philippines), by the ASP's regional groups (33 African, 19 Asia-Pacific, 20 Eastern European,
 * 28 Latin American and Caribbean, 25 Western European and other, as on pgaction.org).
 */
export const ICC_STATES: readonly IccStateRecord[] = [
  // African States
  p('BEN', ORIGINAL),
  p('BWA', ORIGINAL),
  // Burkina Faso, Mali and Niger announced on 22 September 2025 that they were leaving "with immediate effect".
  // unsure: no source here shows a notification to the depositary (none had arrived by December 2025, per
  // africandiplomats.com). Any later notice takes effect a year after it, so they are still parties on the check
  // date; whether they are `withdrawing` is not known.
  p('BFA', '2004-07-01'),
  withdrew('BDI', '2004-12-01', '2016-10-27', '2017-10-27'),
  p('CPV', '2012-01-01'),
  p('CAF', ORIGINAL),
  p('TCD', '2007-01-01'),
  p('COM', '2006-11-01'),
  p('COG', '2004-08-01'),
  p('CIV', '2013-05-01'),
  p('COD', ORIGINAL),
  p('DJI', '2003-02-01'),
  p('GAB', ORIGINAL),
  p('GMB', '2002-09-01'),
  p('GHA', ORIGINAL),
  p('GIN', '2003-10-01'),
  p('KEN', '2005-06-01'),
  p('LSO', ORIGINAL),
  p('LBR', '2004-12-01'),
  p('MDG', '2008-06-01'),
  p('MWI', '2002-12-01'),
  p('MLI', ORIGINAL),
  p('MUS', ORIGINAL),
  p('NAM', '2002-09-01'),
  p('NER', ORIGINAL),
  p('NGA', ORIGINAL),
  p('SEN', ORIGINAL),
  p('SYC', '2010-11-01'),
  p('SLE', ORIGINAL),
  p('ZAF', ORIGINAL),
  p('TUN', '2011-09-01'),
  p('UGA', '2002-09-01'),
  p('TZA', '2002-11-01'),
  p('ZMB', '2003-02-01'),
  // Asia-Pacific States
  // The Taliban said on 20 February 2025 that they do not recognise the Statute; no notification under art. 127
  // is reported, and the UN does not recognise them as Afghanistan's government, so Afghanistan remains a party.
  p('AFG', '2003-05-01'),
  p('BGD', '2010-06-01'),
  p('KHM', ORIGINAL),
  p('COK', '2008-10-01'),
  p('CYP', ORIGINAL),
  p('FJI', ORIGINAL),
  p('JPN', '2007-10-01'),
  p('JOR', ORIGINAL),
  p('KIR', '2020-02-01'),
  p('MDV', '2011-12-01'),
  p('MHL', ORIGINAL),
  p('MNG', ORIGINAL),
  p('NRU', ORIGINAL),
  p('PSE', '2015-04-01'),
  withdrew('PHL', '2011-11-01', '2018-03-17', '2019-03-17'),
  p('KOR', '2003-02-01'),
  p('WSM', '2002-12-01'),
  p('TJK', ORIGINAL),
  p('TLS', '2002-12-01'),
  p('VUT', '2012-02-01'),
  // Eastern European States
  p('ALB', '2003-05-01'),
  p('ARM', '2024-02-01'),
  p('BIH', ORIGINAL),
  p('BGR', ORIGINAL),
  p('HRV', ORIGINAL),
  p('CZE', '2009-10-01'),
  p('EST', ORIGINAL),
  p('GEO', '2003-12-01'),
  // unsure: the sources (all from 2025) say the withdrawal takes effect on 2 June 2026; none confirms that it
  // did, or says whether it was revoked before that day.
  withdrew('HUN', ORIGINAL, '2025-06-02', '2026-06-02'),
  p('LVA', '2002-09-01'),
  p('LTU', '2003-08-01'),
  // Succession notified on 23 October 2006, with effect from independence on 3 June 2006 (the ABA dataset and the
  // Wikipedia note agree), so art. 126(2) does not apply.
  p('MNE', '2006-06-03'),
  p('MKD', ORIGINAL),
  p('MDA', '2011-01-01'),
  p('POL', ORIGINAL),
  p('ROU', ORIGINAL),
  p('SRB', ORIGINAL), // ratified as the Federal Republic of Yugoslavia
  p('SVK', ORIGINAL),
  p('SVN', ORIGINAL),
  // Ratified with an art. 124 declaration: for seven years the Court may not try war crimes by Ukrainian
  // nationals (pravda.com.ua, 25 October 2024); the exact end of that period is not given in the sources.
  p('UKR', '2025-01-01'),
  // Latin American and Caribbean States
  p('ATG', ORIGINAL),
  p('ARG', ORIGINAL),
  p('BRB', '2003-03-01'),
  p('BLZ', ORIGINAL),
  p('BOL', '2002-09-01'),
  p('BRA', '2002-09-01'),
  p('CHL', '2009-09-01'),
  p('COL', '2002-11-01'), // its art. 124 declaration kept war crimes out of jurisdiction until 31 Oct 2009
  p('CRI', ORIGINAL),
  p('DMA', ORIGINAL),
  p('DOM', '2005-08-01'),
  p('ECU', ORIGINAL),
  p('SLV', '2016-06-01'),
  p('GRD', '2011-08-01'),
  p('GTM', '2012-07-01'),
  p('GUY', '2004-12-01'),
  p('HND', '2002-09-01'),
  p('MEX', '2006-01-01'),
  p('PAN', ORIGINAL),
  p('PRY', ORIGINAL),
  p('PER', ORIGINAL),
  p('KNA', '2006-11-01'),
  p('LCA', '2010-11-01'),
  p('VCT', '2003-03-01'),
  p('SUR', '2008-10-01'),
  p('TTO', ORIGINAL),
  p('URY', '2002-09-01'),
  p('VEN', ORIGINAL),
  // Western European and other States
  p('AND', ORIGINAL),
  p('AUS', '2002-09-01'),
  p('AUT', ORIGINAL),
  p('BEL', ORIGINAL),
  p('CAN', ORIGINAL),
  p('DNK', ORIGINAL),
  p('FIN', ORIGINAL),
  p('FRA', ORIGINAL), // it withdrew its art. 124 (war crimes) declaration on 13 Aug 2008, effective 15 June 2008
  p('DEU', ORIGINAL),
  p('GRC', '2002-08-01'),
  p('ISL', ORIGINAL),
  p('IRL', ORIGINAL),
  p('ITA', ORIGINAL),
  p('LIE', ORIGINAL),
  p('LUX', ORIGINAL),
  p('MLT', '2003-02-01'), // deposited 29 Nov 2002: the 60th day is 28 Jan 2003 (art. 126(2))
  p('NLD', ORIGINAL),
  p('NZL', ORIGINAL),
  p('NOR', ORIGINAL),
  p('PRT', ORIGINAL),
  p('SMR', ORIGINAL),
  p('ESP', ORIGINAL),
  p('SWE', ORIGINAL),
  p('CHE', ORIGINAL),
  p('GBR', ORIGINAL),
];

/**
 * Art. 12(3) declarations by States that were not parties when they lodged them. Not listed (unsure): a
 * commentator (Schabas, on internationallaw.blogfa.com) says Uganda also lodged one for the weeks before the
 * Statute entered into force for it on 1 September 2002, and the ICC's Uganda page says the Court may act there
 * from 1 July 2002; no source here gives the declaration's date or terms.
 */
export const ARTICLE_12_3_DECLARATIONS: readonly Article12_3Declaration[] = [
  // Côte d'Ivoire: declaration dated 18 April 2003 for acts since 19 September 2002, confirmed in 2010 and 2011;
  // party from 1 May 2013. unsure: the ASP (press release 873) says it was filed on 18 April 2003, the Wikipedia
  // note says it was submitted on 1 October 2003.
  { iso3: 'CIV', lodged: '2003-04-18', coversFrom: '2002-09-19', coversTo: '2013-04-30' },
  // Ukraine: two declarations (events of 21 Nov 2013–22 Feb 2014, then from 20 Feb 2014 onwards); party from
  // 1 Jan 2025, so the open-ended second one is shown ending the day before.
  { iso3: 'UKR', lodged: '2014-04-17', coversFrom: '2013-11-21', coversTo: '2014-02-22' },
  { iso3: 'UKR', lodged: '2015-09-08', coversFrom: '2014-02-20', coversTo: '2024-12-31' },
  // Palestine: declaration dated 31 December 2014, lodged 1 January 2015, for crimes from 13 June 2014; party
  // from 1 April 2015. Its earlier declaration (22 January 2009, for acts since 1 July 2002) is left out: on
  // 3 April 2012 the Office of the Prosecutor found it could not act on it, as it was not for the Office to decide
  // whether Palestine was a State.
  { iso3: 'PSE', lodged: '2015-01-01', coversFrom: '2014-06-13', coversTo: '2015-03-31' },
  // Libya: declaration lodged 12 May 2025 "with respect to alleged crimes in its territory from 2011 to the end of
  // 2027", on top of the Council's referral. unsure: the text gives the year only, so the first day is read as
  // 1 January 2011; a memorandum to the Court by Khaled Massoud, named as Libya's justice minister, contested the
  // government's authority to lodge it (almenassa.org, July 2025).
  { iso3: 'LBY', lodged: '2025-05-12', coversFrom: '2011-01-01', coversTo: '2027-12-31' },
];

/** Security Council referrals (art. 13(b)). */
export const SECURITY_COUNCIL_REFERRALS: readonly SecurityCouncilReferral[] = [
  {
    iso3: 'SDN',
    resolution: '1593 (2005)',
    adopted: '2005-03-31',
    situation: { en: 'the situation in Darfur', es: 'la situación en Darfur' },
    coversFrom: ORIGINAL,
  },
  {
    iso3: 'LBY',
    resolution: '1970 (2011)',
    adopted: '2011-02-26',
    situation: { en: 'the situation in Libya', es: 'la situación en Libia' },
    coversFrom: '2011-02-15',
  },
];

/** Where the table comes from and when it was checked, for the briefing's method note. */
export const ICC_TABLE_SOURCE = {
  name: 'ICC Assembly of States Parties, "The States Parties to the Rome Statute"',
  url: 'https://asp.icc-cpi.int/states-parties',
  checked: '2026-11-23',
} as const;

/**
 * - `party`: the Statute is in force for the State on the day.
 * - `withdrawing`: still a party on the day, but its withdrawal will take effect later.
 * - `former_party`: it withdrew; crimes from its years as a party stay within jurisdiction (art. 127(2)).
 * - `not_party`: never a party (a 12(3) declaration or a referral may still give jurisdiction).
 */
export type IccStatus = 'party' | 'withdrawing' | 'former_party' | 'not_party';

export interface IccStanding {
  iso3: string;
  status: IccStatus;
  record: IccStateRecord | null;
  declarations: readonly Article12_3Declaration[];
  referrals: readonly SecurityCouncilReferral[];
}

const BY_ISO3 = new Map(ICC_STATES.map((s) => [s.iso3, s]));

/** The State's standing before the Court on `day` (YYYY-MM-DD). */
export function iccStanding(iso3: string, day: string): IccStanding {
  const code = iso3.toUpperCase();
  const record = BY_ISO3.get(code) ?? null;
  let status: IccStatus = 'not_party';
  if (record && record.inForce <= day) {
    const { withdrawalNotified: notified, withdrawalEffective: effective } = record;
    if (effective && day >= effective) status = 'former_party';
    else if (notified && day >= notified) status = 'withdrawing';
    else status = 'party';
  }
  return {
    iso3: code,
    status,
    record,
    declarations: ARTICLE_12_3_DECLARATIONS.filter((d) => d.iso3 === code),
    referrals: SECURITY_COUNCIL_REFERRALS.filter((r) => r.iso3 === code),
  };
}
