/**
 * Gleditsch & Ward (G&W) state numbers, as the Early Warning Project (EWP) writes them in its `ccode` column,
 * mapped to ISO 3166-1 alpha-3. The table covers the G&W list of independent states (and its list of
 * microstates) plus the codes the EWP changed; each row is `[ccode, iso3, name]`.
 *
 * Rule for states that merged or split: a code maps to the ISO code of the state that continues it (West
 * Germany → DEU, the Soviet Union → RUS). States that were absorbed or dissolved with no single continuing state
 * (East Germany, Czechoslovakia, South Yemen, South Vietnam, the German states before 1871) have no current
 * ISO code; they are listed in `UNMAPPED_STATES` so that "maps to nothing" is a decision, not a gap.
 */
export const CCODE_TABLE: ReadonlyArray<readonly [ccode: number, iso3: string, name: string]> = [
  // The Americas
  [2, 'USA', 'United States of America'],
  [20, 'CAN', 'Canada'],
  [31, 'BHS', 'Bahamas'],
  [40, 'CUB', 'Cuba'],
  [41, 'HTI', 'Haiti'],
  [42, 'DOM', 'Dominican Republic'],
  [51, 'JAM', 'Jamaica'],
  [52, 'TTO', 'Trinidad and Tobago'],
  [53, 'BRB', 'Barbados'],
  [54, 'DMA', 'Dominica'], // 54–60: G&W microstates list (COW numbers), below the EWP's 500k threshold
  [55, 'GRD', 'Grenada'],
  [56, 'LCA', 'Saint Lucia'],
  [57, 'VCT', 'Saint Vincent and the Grenadines'],
  [58, 'ATG', 'Antigua and Barbuda'],
  [60, 'KNA', 'Saint Kitts and Nevis'],
  [70, 'MEX', 'Mexico'],
  [80, 'BLZ', 'Belize'],
  [90, 'GTM', 'Guatemala'],
  [91, 'HND', 'Honduras'],
  [92, 'SLV', 'El Salvador'],
  [93, 'NIC', 'Nicaragua'],
  [94, 'CRI', 'Costa Rica'],
  [95, 'PAN', 'Panama'],
  [100, 'COL', 'Colombia'],
  [101, 'VEN', 'Venezuela'],
  [110, 'GUY', 'Guyana'],
  [115, 'SUR', 'Suriname'],
  [130, 'ECU', 'Ecuador'],
  [135, 'PER', 'Peru'],
  [140, 'BRA', 'Brazil'],
  [145, 'BOL', 'Bolivia'],
  [150, 'PRY', 'Paraguay'],
  [155, 'CHL', 'Chile'],
  [160, 'ARG', 'Argentina'],
  [165, 'URY', 'Uruguay'],
  // Europe
  [200, 'GBR', 'United Kingdom'],
  [205, 'IRL', 'Ireland'],
  [210, 'NLD', 'Netherlands'],
  [211, 'BEL', 'Belgium'],
  [212, 'LUX', 'Luxembourg'],
  [220, 'FRA', 'France'],
  [221, 'MCO', 'Monaco'],
  [223, 'LIE', 'Liechtenstein'],
  [225, 'CHE', 'Switzerland'],
  [230, 'ESP', 'Spain'],
  [232, 'AND', 'Andorra'],
  [235, 'PRT', 'Portugal'],
  // EWP: 255 is Germany throughout 1934–2024 (West Germany, then unified Germany); G&W uses 260 for the
  // Federal Republic, which also continues as unified Germany. Both are DEU.
  [255, 'DEU', 'Germany'],
  [260, 'DEU', 'German Federal Republic'],
  [290, 'POL', 'Poland'],
  [305, 'AUT', 'Austria'],
  [310, 'HUN', 'Hungary'],
  [316, 'CZE', 'Czech Republic'], // from 1993; Czechoslovakia (315) is unmapped
  [317, 'SVK', 'Slovakia'],
  [325, 'ITA', 'Italy'], // G&W "Italy/Sardinia": Sardinia-Piedmont is continued by Italy
  [331, 'SMR', 'San Marino'],
  [338, 'MLT', 'Malta'],
  [339, 'ALB', 'Albania'],
  [340, 'SRB', 'Serbia'], // G&W: Serbia 1878–1915 and from 2006; the EWP drops 340 and uses 345
  [341, 'MNE', 'Montenegro'],
  [343, 'MKD', 'North Macedonia'], // EWP and G&W "Macedonia"
  [344, 'HRV', 'Croatia'],
  // EWP: 345 is "Serbia" for 1934–2024, through Yugoslavia (1918–1992) and Serbia and Montenegro (to 2006),
  // whose continuing state is Serbia. In plain G&W, 345 is Yugoslavia.
  [345, 'SRB', 'Serbia'],
  [346, 'BIH', 'Bosnia and Herzegovina'],
  // Kosovo has no ISO 3166-1 code. XKX is the user-assigned code the European Commission, the World Bank and
  // others use for it; `isCountryCode` does not know it (see KNOWN_NON_ISO3).
  [347, 'XKX', 'Kosovo'],
  [349, 'SVN', 'Slovenia'],
  [350, 'GRC', 'Greece'],
  [352, 'CYP', 'Cyprus'],
  [355, 'BGR', 'Bulgaria'],
  [359, 'MDA', 'Moldova'],
  [360, 'ROU', 'Romania'],
  [365, 'RUS', 'Russia'], // G&W "Russia (Soviet Union)": the USSR is continued by Russia
  [366, 'EST', 'Estonia'],
  [367, 'LVA', 'Latvia'],
  [368, 'LTU', 'Lithuania'],
  [369, 'UKR', 'Ukraine'],
  [370, 'BLR', 'Belarus'],
  [371, 'ARM', 'Armenia'],
  [372, 'GEO', 'Georgia'],
  [373, 'AZE', 'Azerbaijan'],
  [375, 'FIN', 'Finland'],
  [380, 'SWE', 'Sweden'],
  [385, 'NOR', 'Norway'],
  [390, 'DNK', 'Denmark'],
  [395, 'ISL', 'Iceland'],
  // Africa
  [402, 'CPV', 'Cape Verde'],
  [403, 'STP', 'Sao Tome and Principe'],
  [404, 'GNB', 'Guinea-Bissau'],
  [411, 'GNQ', 'Equatorial Guinea'],
  [420, 'GMB', 'The Gambia'],
  [432, 'MLI', 'Mali'],
  [433, 'SEN', 'Senegal'],
  [434, 'BEN', 'Benin'],
  [435, 'MRT', 'Mauritania'],
  [436, 'NER', 'Niger'],
  [437, 'CIV', 'Ivory Coast'],
  [438, 'GIN', 'Guinea'],
  [439, 'BFA', 'Burkina Faso'],
  [450, 'LBR', 'Liberia'],
  [451, 'SLE', 'Sierra Leone'],
  [452, 'GHA', 'Ghana'],
  [461, 'TGO', 'Togo'],
  [471, 'CMR', 'Cameroon'],
  [475, 'NGA', 'Nigeria'],
  [481, 'GAB', 'Gabon'],
  [482, 'CAF', 'Central African Republic'],
  [483, 'TCD', 'Chad'],
  [484, 'COG', 'Republic of Congo'], // Congo-Brazzaville, not the DRC (490)
  [490, 'COD', 'Democratic Republic of Congo'],
  [500, 'UGA', 'Uganda'],
  [501, 'KEN', 'Kenya'],
  [510, 'TZA', 'Tanzania'],
  // Zanzibar was independent for four months (1963–64) before the union; the EWP recodes its events to 510.
  [511, 'TZA', 'Zanzibar'],
  [516, 'BDI', 'Burundi'],
  [517, 'RWA', 'Rwanda'],
  [520, 'SOM', 'Somalia'],
  [522, 'DJI', 'Djibouti'],
  [530, 'ETH', 'Ethiopia'],
  [531, 'ERI', 'Eritrea'],
  [540, 'AGO', 'Angola'],
  [541, 'MOZ', 'Mozambique'],
  [551, 'ZMB', 'Zambia'],
  [552, 'ZWE', 'Zimbabwe'], // G&W "Zimbabwe (Rhodesia)", from 1965
  [553, 'MWI', 'Malawi'],
  [560, 'ZAF', 'South Africa'],
  [565, 'NAM', 'Namibia'],
  [570, 'LSO', 'Lesotho'],
  [571, 'BWA', 'Botswana'],
  [572, 'SWZ', 'Eswatini'], // G&W "Swaziland"; ISO kept SWZ when the name changed
  [580, 'MDG', 'Madagascar'],
  [581, 'COM', 'Comoros'],
  [590, 'MUS', 'Mauritius'],
  [591, 'SYC', 'Seychelles'],
  // Middle East and North Africa
  [600, 'MAR', 'Morocco'],
  [615, 'DZA', 'Algeria'],
  [616, 'TUN', 'Tunisia'],
  [620, 'LBY', 'Libya'],
  [625, 'SDN', 'Sudan'], // Sudan keeps 625 after South Sudan's secession in 2011
  [626, 'SSD', 'South Sudan'],
  [630, 'IRN', 'Iran'],
  [640, 'TUR', 'Turkey'],
  [645, 'IRQ', 'Iraq'],
  [651, 'EGY', 'Egypt'],
  [652, 'SYR', 'Syria'],
  [660, 'LBN', 'Lebanon'],
  [663, 'JOR', 'Jordan'],
  [666, 'ISR', 'Israel'],
  [670, 'SAU', 'Saudi Arabia'],
  // Yemen: G&W keeps 678 for the Yemen Arab Republic and unified Yemen; the EWP, like COW, uses 678 only up to
  // 1989 and 679 from 1990. YEM was the Yemen Arab Republic's own ISO code, kept by unified Yemen, so both map
  // to YEM. South Yemen (680) is unmapped.
  [678, 'YEM', 'Arab Republic of Yemen'],
  [679, 'YEM', 'Yemen'],
  [690, 'KWT', 'Kuwait'],
  [692, 'BHR', 'Bahrain'],
  [694, 'QAT', 'Qatar'],
  [696, 'ARE', 'United Arab Emirates'],
  [698, 'OMN', 'Oman'],
  // Asia
  [700, 'AFG', 'Afghanistan'],
  [701, 'TKM', 'Turkmenistan'],
  [702, 'TJK', 'Tajikistan'],
  [703, 'KGZ', 'Kyrgyzstan'],
  [704, 'UZB', 'Uzbekistan'],
  [705, 'KAZ', 'Kazakhstan'],
  [710, 'CHN', 'China'],
  [712, 'MNG', 'Mongolia'],
  // Taiwan is in the G&W list from 1949 but the EWP excludes it; TWN is its ISO 3166-1 code.
  [713, 'TWN', 'Taiwan'],
  [731, 'PRK', 'North Korea'],
  [732, 'KOR', 'South Korea'],
  [740, 'JPN', 'Japan'],
  [750, 'IND', 'India'],
  [760, 'BTN', 'Bhutan'],
  [770, 'PAK', 'Pakistan'],
  [771, 'BGD', 'Bangladesh'],
  [775, 'MMR', 'Burma/Myanmar'],
  [780, 'LKA', 'Sri Lanka'],
  [781, 'MDV', 'Maldives'],
  [790, 'NPL', 'Nepal'],
  [800, 'THA', 'Thailand'],
  [811, 'KHM', 'Cambodia'],
  [812, 'LAO', 'Laos'],
  // 816 is North Vietnam from 1954 and unified Vietnam after 1976 (EWP "Democratic Republic of Vietnam").
  [816, 'VNM', 'Vietnam'],
  [820, 'MYS', 'Malaysia'],
  [830, 'SGP', 'Singapore'],
  [835, 'BRN', 'Brunei'],
  [840, 'PHL', 'Philippines'],
  [850, 'IDN', 'Indonesia'],
  [860, 'TLS', 'Timor-Leste'], // G&W "East Timor"
  // Oceania
  [900, 'AUS', 'Australia'],
  [910, 'PNG', 'Papua New Guinea'],
  [920, 'NZL', 'New Zealand'],
  [935, 'VUT', 'Vanuatu'],
  [940, 'SLB', 'Solomon Islands'],
  [950, 'FJI', 'Fiji'],
  [970, 'KIR', 'Kiribati'],
  [971, 'NRU', 'Nauru'],
  [972, 'TON', 'Tonga'],
  [973, 'TUV', 'Tuvalu'],
  [983, 'MHL', 'Marshall Islands'],
  [986, 'PLW', 'Palau'],
  [987, 'FSM', 'Micronesia'],
  [990, 'WSM', 'Samoa'],
];

/** Codes in the G&W lists (or the EWP's files) that deliberately map to no ISO 3166-1 code. */
export const UNMAPPED_STATES: ReadonlyMap<number, string> = new Map([
  [89, 'United Provinces of Central America (1823–1839)'],
  [99, 'Great Colombia (1821–1830)'],
  [240, 'Hanover (to 1871)'],
  [245, 'Bavaria (to 1871)'],
  [265, 'East Germany (1949–1990)'],
  [267, 'Baden (to 1871)'],
  [269, 'Saxony (to 1871)'],
  [271, 'Württemberg (to 1871)'],
  [273, 'Hesse-Kassel (to 1871)'],
  [275, 'Hesse-Darmstadt (to 1871)'],
  [280, 'Mecklenburg-Schwerin (to 1871)'],
  [300, 'Austria-Hungary (to 1918)'],
  [315, 'Czechoslovakia (1918–1992)'],
  [327, 'Papal States (to 1870)'],
  [329, 'Two Sicilies (to 1861)'],
  [332, 'Modena (to 1861)'],
  [335, 'Parma (to 1861)'],
  [337, 'Tuscany (to 1861)'],
  [396, 'Abkhazia (no ISO code)'],
  [397, 'South Ossetia (no ISO code)'],
  [563, 'Transvaal (to 1910)'],
  [564, 'Orange Free State (to 1910)'],
  [680, "South Yemen, People's Republic of Yemen (1967–1990)"],
  [711, 'Tibet (1913–1950)'],
  [730, 'Korea (to 1910)'],
  [815, 'Vietnam (Annam) (to 1893)'],
  [817, 'South Vietnam, Republic of Vietnam (1954–1975)'],
]);

/** Codes in the table that are not ISO 3166-1 alpha-3 (so `isCountryCode` rejects them), with the reason. */
export const KNOWN_NON_ISO3: ReadonlyMap<string, string> = new Map([
  ['XKX', 'Kosovo: user-assigned code used by the European Commission and the World Bank'],
]);

const ISO3_BY_CCODE: ReadonlyMap<number, string> = new Map(CCODE_TABLE.map(([ccode, iso3]) => [ccode, iso3]));

/** The ISO3 code for an EWP/G&W `ccode`, or undefined when the code is unknown or in `UNMAPPED_STATES`. */
export function iso3ForCcode(ccode: number): string | undefined {
  return ISO3_BY_CCODE.get(ccode);
}
