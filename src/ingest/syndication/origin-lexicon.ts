// Names that stand where a publication's name would in a credit phrase but are not publications.
// Entries are publisher keys (normalisePublisher: lower case, letters and digits only), so spacing
// and domains ("samsung.com", "Samsung") need no second entry. Ingest may not import extract's
// lexicons (architecture rule), hence these short lists of our own.

/** Space-separated keys: one word list reads (and diffs) better than an array prettier spreads one per line. */
function keySet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w !== ''));
}

/**
 * Device and chip makers, and carriers and retailers. A maker speaking about its own product is the
 * primary source, not a copy of anyone's story: "according to Samsung" is a statement the extractor
 * records as a maker source on the claims, and gives the story no origin publication.
 */
export const MAKERS: ReadonlySet<string> = keySet(`
  apple samsung google sony motorola xiaomi redmi poco oneplus huawei honor lg htc nokia hmd microsoft
  nintendo oppo vivo realme asus lenovo hp acer zte meizu blackberry amazon nothing fairphone
  essential razer tecno infinix meta oculus valve garmin fitbit dell nubia iqoo qualcomm mediatek
  intel amd nvidia arm tsmc unisoc microsoftstore verizon att tmobile sprint vodafone ee docomo kddi
  softbank reliancejio jio airtel bestbuy walmart target flipkart jd jdcom tmall aliexpress newegg bh
  bhphotovideo costco currys mediamarkt
`);

/** Words after a maker's name that keep it the maker's own channel ("Samsung Newsroom", "Xiaomi India"). */
export const OWN_CHANNEL_WORDS: ReadonlySet<string> = keySet(`
  newsroom store online shop support community official press mobile blog website site account global
  india china korea japan us usa uk europe germany france vietnam indonesia malaysia developers play
  console inc corp corporation electronics ltd co
`);

/** Benchmarks, regulators and certification databases: evidence a story cites, not a publication. */
export const EVIDENCE: ReadonlySet<string> = keySet(`
  geekbench antutu gfxbench 3dmark ul ulbenchmarks dxomark tenaa fcc 3c miit bis nbtc imda sirim
  anatel ncc eec bluetoothsig wifialliance federalcommunicationscommission googleplayconsole
  playconsole camerafv5 kc nrra tuv tuvrheinland dekra uldemko sdppi ccc cmiit mic telec ofcom
`);

/** Social networks and app stores: where a post appeared, not who published the story. */
export const PLATFORMS: ReadonlySet<string> = keySet(`
  twitter x weibo reddit youtube instagram facebook threads tiktok telegram linkedin mastodon bluesky
  discord whatsapp wechat bilibili douyin medium substack patreon googleplay playstore googleplaystore
  appstore galaxystore xiaohongshu naver kakao line email twitterx
`);

/** Connectors, standards and software a device works "via": "charges via USB-C", "via Android 14". */
export const TECH_TERMS: ReadonlySet<string> = keySet(`
  usb usbc typec usbtypec lightning thunderbolt hdmi displayport bluetooth wifi nfc qi qi2 magsafe
  ethernet ota esim sim lte 5g 4g uwb android ios ipados macos watchos visionos windows oneui hyperos
  miui coloros oxygenos emui harmonyos chromeos wearos linux snapdragon dimensity exynos tensor kirin
  helio airplay chromecast carplay androidauto pogo api sdk firmware update app
`);

/** Words that may follow a tech term or product line and keep it one ("Snapdragon 8 Gen 3",
 * "USB Type-C", "Pixel Watch Pro"); a name with any other word ("Xperia Blog") may be a publication. */
export const MODEL_WORDS: ReadonlySet<string> = keySet(`
  gen pro plus ultra max mini lite elite typec c beta preview update watch buds tab fold flip edge fe
  note air book pad phone go neo series classic active sport slim prime turbo power
`);

/** First words of device names: "Galaxy S24 Ultra spotted …" names a phone, not a publisher (with MODEL_WORDS). */
export const PRODUCT_LINES: ReadonlySet<string> = keySet(`
  galaxy pixel iphone ipad macbook imac airpods xperia playstation ps5 ps4 xbox surface moto razr nord
  mate matepad pura reno zenfone rog zenbook legion thinkpad quest kindle lumia redmi poco mi
`);

/** Role words that make the next name a person's ("tipster Ice Universe", "analyst Ming-Chi Kuo"). */
export const PERSON_ROLES: ReadonlySet<string> = keySet(`
  tipster leaker leakster analyst insider reporter journalist editor writer user member engineer ceo
  cto founder executive director spokesperson youtuber reader colleague colleagues developer
  researcher author contributor vp president manager chief head mr ms mrs dr
`);

/**
 * Well-known leakers and analysts who publish under their own names or handles: people, not
 * publications. Given names catch most other people (GIVEN_NAMES); these do not start with one.
 */
export const KNOWN_PEOPLE: ReadonlySet<string> = keySet(`
  iceuniverse universeice digitalchatstation onleaks evleaks revegnus rgcloudes majinbu yogeshbrar
  abhishekyadav mingchikuo kuo gurman mauriqhd ianzelbo leaksapplepro shrimpapplepro unknownz21
  fronttron jukanlosreve ruslan fixedfocusdigital instantdigital ossiana teme mysterylupin
  technizoconcept conceptcreator
`);

/** Common given names: a two- or three-word title-case name starting with one is taken for a person. */
export const GIVEN_NAMES: ReadonlySet<string> = keySet(`
  aaron abhishek adam adrian ahmed aidan alan alex alexander ali allison amanda amy ana andrea andrew
  andy anna anne anthony antonio arjun ashley ben benjamin bill bob brad brandon brian bryan carl
  carlos caroline chris christian christopher chuck claire cody colin connor craig dan dana daniel
  dave david dennis derek dieter dominic doug dylan ed eddie edward elena elizabeth emily emma eric
  erik ethan evan frank gary george greg hannah harish harry heather henry ian isaac ishan jack jacob
  jake james jamie jan jane jason jeff jennifer jeremy jerry jessica jim joanna joe joel john jon
  jonathan jordan jose joseph josh juan julia julian justin karen kate katie kevin kim kyle laura
  lauren lee lisa lucas luis luke marc marco maria mark martin mary matt matthew max michael michelle
  mike ming mingchi mishaal mohit nathan nick nicholas nicole olivia oliver patrick paul peter phil
  philip rachel rahul raj rajesh ray rebecca richard rick rita rob robert roland ron ross ryan sam
  samuel sara sarah scott sean sebastian sergio shawn simon sophie stefan stephen steve steven sumit
  tim timothy todd tom tomasz tony tyler victor vlad will william wei yogesh zach zachary
`);

/** Places and their adjectives: "a report from Korea", "according to European retail sources". */
export const PLACES: ReadonlySet<string> = keySet(`
  china korea southkorea japan india taiwan hongkong vietnam indonesia europe germany france italy
  spain uk us usa america unitedstates russia brazil asia shenzhen beijing seoul tokyo taipei
  cupertino siliconvalley chinese korean japanese indian taiwanese vietnamese european german french
  italian spanish british american russian brazilian asian western dutch swedish polish turkish
`);

/** Capitalised at a sentence start, but never the start of a publication's name. */
export const LEADING_NON_NAMES: ReadonlySet<string> = keySet(`
  as and but so also now then yesterday today earlier recently previously meanwhile however indeed
  reportedly last this that these those it we they he she i you our their his her its when since after
  before while if because here there who which what a an some many several other others someone
  somebody nobody everyone people users readers fans folks sources insiders reports rumors rumours
  leaks source report image images photo photos picture credit update note editor editors first
  originally internal january february march april may june july august september october november
  december monday tuesday wednesday thursday friday saturday sunday
`);
