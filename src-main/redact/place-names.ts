/**
 * Cities and places whose names look like people's (São Paulo, Rio de Janeiro, Buenos Aires,
 * Frankfurt am Main): capitalised words the name rules would otherwise take, kept as places. A
 * compact hand list of the world's cities of about a million people or more and capitals whose
 * names hold a first name or surname (facts, not code: any atlas); single-word cities the
 * lexicon already calls common words are not needed.
 */
const PLACES: readonly string[] = (
  'sao paulo|rio de janeiro|buenos aires|new delhi|frankfurt am main|mexico city|los angeles|san francisco|san diego|san jose|' +
  'san antonio|santo domingo|santiago de chile|santiago de cuba|san juan|san salvador|santa cruz|santa cruz de la sierra|' +
  'porto alegre|belo horizonte|recife|fortaleza|curitiba|manaus|belem|goiania|campinas|sao luis|maceio|natal|brasilia|' +
  'hong kong|kuala lumpur|ho chi minh city|ho chi minh|hanoi|phnom penh|abu dhabi|dar es salaam|addis ababa|cape town|port elizabeth|' +
  'port louis|port moresby|port au prince|port of spain|tel aviv|kansas city|salt lake city|las vegas|new orleans|fort worth|' +
  'el paso|oklahoma city|saint louis|st louis|saint petersburg|st petersburg|nizhny novgorod|rostov on don|la paz|la plata|' +
  'guatemala city|panama city|quezon city|davao city|cebu city|kuwait city|ciudad juarez|monterrey|guadalajara|puebla|tijuana|' +
  'sao bernardo do campo|duque de caxias|nova iguacu|sao goncalo|kinshasa|lagos|abuja|ibadan|kano|accra|kumasi|dakar|abidjan|' +
  'bamako|ouagadougou|niamey|luanda|lusaka|harare|maputo|nairobi|mombasa|kampala|kigali|khartoum|cairo|alexandria|giza|casablanca|' +
  'rabat|marrakesh|fez|tunis|algiers|oran|tripoli|benghazi|johannesburg|pretoria|durban|soweto|new taipei|taipei|kaohsiung|taichung|' +
  'seoul|busan|incheon|daegu|daejeon|gwangju|osaka|nagoya|yokohama|sapporo|kobe|kyoto|fukuoka|kawasaki|saitama|hiroshima|sendai|' +
  'beijing|shanghai|guangzhou|shenzhen|chengdu|chongqing|tianjin|wuhan|xian|hangzhou|nanjing|shenyang|harbin|suzhou|qingdao|dalian|' +
  'zhengzhou|jinan|changsha|kunming|fuzhou|xiamen|hefei|nanning|urumqi|lanzhou|taiyuan|shijiazhuang|changchun|ningbo|dongguan|foshan|' +
  'mumbai|delhi|bangalore|bengaluru|hyderabad|ahmedabad|chennai|kolkata|surat|pune|jaipur|lucknow|kanpur|nagpur|indore|thane|bhopal|' +
  'visakhapatnam|patna|vadodara|ludhiana|agra|nashik|varanasi|srinagar|amritsar|allahabad|ranchi|coimbatore|madurai|jodhpur|raipur|' +
  'karachi|lahore|faisalabad|rawalpindi|gujranwala|peshawar|multan|hyderabad|islamabad|quetta|dhaka|chittagong|khulna|kathmandu|colombo|' +
  'jakarta|surabaya|bandung|medan|semarang|makassar|palembang|denpasar|manila|bangkok|yangon|mandalay|singapore|tehran|mashhad|isfahan|' +
  'karaj|shiraz|tabriz|qom|baghdad|basra|mosul|erbil|riyadh|jeddah|mecca|dammam|dubai|sharjah|doha|muscat|sanaa|aden|amman|' +
  'damascus|aleppo|beirut|jerusalem|istanbul|ankara|izmir|bursa|adana|gaziantep|konya|antalya|baku|tbilisi|yerevan|tashkent|almaty|' +
  'astana|bishkek|dushanbe|ashgabat|kabul|kandahar|moscow|novosibirsk|yekaterinburg|kazan|chelyabinsk|omsk|samara|ufa|krasnoyarsk|' +
  'perm|voronezh|volgograd|kyiv|kiev|kharkiv|odesa|odessa|dnipro|lviv|minsk|warsaw|krakow|lodz|wroclaw|prague|vienna|budapest|' +
  'bucharest|sofia|belgrade|zagreb|athens|thessaloniki|rome|milan|naples|turin|palermo|madrid|barcelona|valencia|seville|zaragoza|' +
  'malaga|lisbon|porto|hamburg|munich|cologne|frankfurt|stuttgart|dusseldorf|dortmund|essen|leipzig|dresden|hanover|nuremberg|' +
  'amsterdam|rotterdam|the hague|brussels|antwerp|zurich|geneva|stockholm|copenhagen|oslo|helsinki|dublin|birmingham|manchester|' +
  'glasgow|leeds|liverpool|edinburgh|marseille|lyon|toulouse|nice|montreal|vancouver|calgary|edmonton|ottawa|winnipeg|quebec city|' +
  'houston|philadelphia|dallas|jacksonville|columbus|indianapolis|seattle|washington|boston|nashville|detroit|' +
  'portland|memphis|louisville|baltimore|milwaukee|albuquerque|tucson|fresno|sacramento|atlanta|miami|orlando|tampa|raleigh|' +
  'minneapolis|cleveland|pittsburgh|cincinnati|st paul|saint paul|honolulu|anchorage|melbourne|brisbane|perth|adelaide|auckland|' +
  'wellington|christchurch|arequipa|bogota|medellin|cali|barranquilla|cartagena|caracas|maracaibo|valencia|quito|guayaquil|' +
  'montevideo|asuncion|cordoba|rosario|mendoza|havana|kingston|tegucigalpa|managua|san pedro sula|monrovia|freetown|conakry|' +
  'nouakchott|banjul|lome|cotonou|yaounde|douala|libreville|brazzaville|bangui|ndjamena|antananarivo|mogadishu|djibouti|asmara|' +
  'juba|lilongwe|blantyre|gaborone|windhoek|maseru|mbabane|georgetown|paramaribo|belmopan|san jose de costa rica|' +
  'new york|new york city|jersey city|newark|long beach|virginia beach|colorado springs|el salvador|costa rica|puerto rico|' +
  'south africa|new zealand|united states|united kingdom|north carolina|south carolina|north dakota|south dakota|west virginia|' +
  'new jersey|new mexico|new hampshire|rhode island|sri lanka|saudi arabia|el cairo|le havre|la rochelle|den haag|den bosch|' +
  'san sebastian|santa monica|santa clara|santa barbara|santa fe|san marino|monte carlo|baden baden|mont blanc|rio grande|' +
  'salvador de bahia|vitoria|florianopolis|joao pessoa|teresina|campo grande|cuiaba|aracaju|londrina|juiz de fora|ribeirao preto|' +
  'sorocaba|osasco|santo andre|uberlandia|contagem|niteroi|ciudad de mexico|ciudad del este|mar del plata|san miguel de tucuman|' +
  'la habana|frankfurt an der oder|halle an der saale|freiburg im breisgau|mulheim an der ruhr|rothenburg ob der tauber|' +
  'saint denis|saint etienne|aix en provence|clermont ferrand|boulogne billancourt|villeneuve d ascq|las palmas|palma de mallorca|' +
  'santa cruz de tenerife|ho chi minh ville|kota kinabalu|johor bahru|george town|petaling jaya|shah alam|ipoh|cebu|davao|' +
  'zamboanga|bacolod|iloilo|cagayan de oro|general santos|makati|pasig|taguig|caloocan|new cairo|6th of october|sharm el sheikh'
).split('|');

const BY_FIRST_WORD = new Map<string, string[]>();
for (const place of PLACES) {
  const first = place.split(' ')[0]!;
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), place]);
}

const LETTERS = /^[A-Za-z\x80-\xff]+/;

/** A word folded for lookup: UTF-8 bytes decoded, lower case, diacritics removed (S\xc3\xa3o -> sao). */
function fold(latin1: string): string {
  if (/^[\x00-\x7f]*$/.test(latin1)) return latin1.toLowerCase();
  return Buffer.from(latin1, 'latin1').toString('utf8').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * True when the text (latin1 bytes of UTF-8, as the rules see it) starts with a known place's
 * words: "S\xc3\xa3o Paulo dropped" is São Paulo, "Rio de Janeiro," Rio de Janeiro. Only the
 * first word is decoded unless it starts a place, so the name rule may ask at every candidate.
 */
export function startsWithPlace(latin1: string): boolean {
  const first = LETTERS.exec(latin1);
  if (!first) return false;
  const candidates = BY_FIRST_WORD.get(fold(first[0]));
  if (!candidates) return false;
  const words = fold(latin1).split(/[^a-z0-9]+/).filter(Boolean).slice(0, 6);
  return candidates.some((place) => place.split(' ').every((part, i) => words[i] === part));
}
