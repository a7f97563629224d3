/** Flat SVG illustrations for the video clips rendered by `render.ts`. */

export interface Art {
	svg: string;
	/** height / width */
	ratio: number;
}

const INK = '#23304a';

function art(w: number, h: number, body: string): Art {
	return {
		svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}">${body}</svg>`,
		ratio: h / w
	};
}

export const C = {
	coral: '#FF7A59',
	blue: '#2D9CDB',
	green: '#27AE60',
	yellow: '#F2C94C',
	purple: '#9B51E0',
	teal: '#26A69A',
	pink: '#EC407A',
	ink: INK
};

export const skins = ['#F9D7B5', '#E8B98A', '#C68642', '#8D5524', '#5C3A1E'];

export type HairStyle = 'short' | 'long' | 'curly' | 'bun' | 'hijab' | 'spiky';
export type Pose = 'down' | 'wave' | 'up';
export type Mood = 'happy' | 'sad' | 'talk';

export interface PersonOpts {
	skin: string;
	hair: string;
	shirt: string;
	pants?: string;
	style?: HairStyle;
	pose?: Pose;
	mood?: Mood;
	tall?: boolean;
}

function face(mood: Mood = 'happy', cy = 48): string {
	const mouth =
		mood === 'sad'
			? `<path d="M42 ${cy + 15} Q50 ${cy + 8} 58 ${cy + 15}" stroke="${INK}" stroke-width="3" fill="none" stroke-linecap="round"/>`
			: mood === 'talk'
				? `<ellipse cx="50" cy="${cy + 12}" rx="5.5" ry="4.5" fill="${INK}"/>`
				: `<path d="M41 ${cy + 10} Q50 ${cy + 18} 59 ${cy + 10}" stroke="${INK}" stroke-width="3" fill="none" stroke-linecap="round"/>`;
	const brows =
		mood === 'sad'
			? `<path d="M36 ${cy - 6} L45 ${cy - 10} M64 ${cy - 6} L55 ${cy - 10}" stroke="${INK}" stroke-width="2.5" stroke-linecap="round"/>`
			: '';
	return (
		`<circle cx="41" cy="${cy}" r="3.3" fill="${INK}"/><circle cx="59" cy="${cy}" r="3.3" fill="${INK}"/>` +
		`<circle cx="34" cy="${cy + 8}" r="4.5" fill="#ff8a80" opacity=".45"/><circle cx="66" cy="${cy + 8}" r="4.5" fill="#ff8a80" opacity=".45"/>` +
		brows +
		mouth
	);
}

function hairBack(style: HairStyle, hair: string, tall: boolean): string {
	if (style === 'long')
		return `<rect x="22" y="34" width="56" height="${tall ? 66 : 56}" rx="20" fill="${hair}"/>`;
	if (style === 'hijab')
		return `<path d="M50 14 C24 14 15 40 17 62 C19 88 30 98 50 98 C70 98 81 88 83 62 C85 40 76 14 50 14Z" fill="${hair}"/>`;
	return '';
}

function hairFront(style: HairStyle, hair: string): string {
	const cap = `<path d="M22 50 C19 12 81 12 78 50 C72 38 62 33 50 34 C38 33 28 38 22 50Z" fill="${hair}"/>`;
	switch (style) {
		case 'short':
			return cap;
		case 'long':
			return cap + `<path d="M24 46 C26 30 36 26 46 27 C38 33 30 40 24 46Z" fill="${hair}"/>`;
		case 'spiky':
			return (
				cap +
				`<path d="M30 30 L33 16 L41 26 L47 12 L53 25 L61 14 L66 28 L72 22 L71 36Z" fill="${hair}"/>`
			);
		case 'bun':
			return cap + `<circle cx="50" cy="17" r="11" fill="${hair}"/>`;
		case 'curly':
			return [
				[26, 42],
				[30, 30],
				[40, 22],
				[52, 20],
				[63, 24],
				[71, 32],
				[75, 43]
			]
				.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="10" fill="${hair}"/>`)
				.join('');
		default:
			return '';
	}
}

/** A child (or, with `tall`, an adult), front view. */
export function person(o: PersonOpts): Art {
	const tall = o.tall ?? false;
	const style = o.style ?? 'short';
	const pants = o.pants ?? '#3F51B5';
	const bodyTop = 78;
	const bodyH = tall ? 82 : 60;
	const hip = bodyTop + bodyH - 8;
	const legH = tall ? 64 : 44;
	const foot = hip + legH;
	const H = foot + 8;
	const shoulder = bodyTop + 14;
	const arm = (x1: number, x2: number, y2: number) =>
		`<path d="M${x1} ${shoulder} L${x2} ${y2}" stroke="${o.skin}" stroke-width="10" stroke-linecap="round"/>`;
	const handDown = bodyTop + (tall ? 62 : 48);
	let arms = '';
	if (o.pose === 'wave') arms = arm(32, 20, handDown) + arm(68, 88, bodyTop - 22);
	else if (o.pose === 'up') arms = arm(32, 12, bodyTop - 22) + arm(68, 88, bodyTop - 22);
	else arms = arm(32, 20, handDown) + arm(68, 80, handDown);
	const body =
		hairBack(style, o.hair, tall) +
		`<rect x="35" y="${hip}" width="13" height="${legH}" rx="6" fill="${pants}"/>` +
		`<rect x="52" y="${hip}" width="13" height="${legH}" rx="6" fill="${pants}"/>` +
		`<ellipse cx="40" cy="${foot}" rx="10" ry="6" fill="${INK}"/><ellipse cx="60" cy="${foot}" rx="10" ry="6" fill="${INK}"/>` +
		arms +
		`<rect x="27" y="${bodyTop}" width="46" height="${bodyH}" rx="20" fill="${o.shirt}"/>` +
		(style === 'hijab'
			? `<circle cx="50" cy="50" r="22" fill="${o.skin}"/>`
			: `<circle cx="50" cy="48" r="26" fill="${o.skin}"/>`) +
		hairFront(style, o.hair) +
		face(o.mood, style === 'hijab' ? 50 : 48);
	return art(100, H, body);
}

/** A child in a wheelchair. */
export function chairKid(o: PersonOpts): Art {
	const pants = o.pants ?? '#455A64';
	const style = o.style ?? 'short';
	const frame = '#4a5a75';
	const body =
		hairBack(style, o.hair, false) +
		`<path d="M26 96 L26 150 M26 134 L84 134 M84 134 L94 176" stroke="${frame}" stroke-width="6" stroke-linecap="round" fill="none"/>` +
		`<rect x="27" y="78" width="46" height="60" rx="20" fill="${o.shirt}"/>` +
		`<rect x="44" y="120" width="44" height="16" rx="8" fill="${pants}"/>` +
		`<rect x="76" y="122" width="13" height="46" rx="6" fill="${pants}"/>` +
		`<ellipse cx="88" cy="170" rx="10" ry="6" fill="${INK}"/>` +
		`<circle cx="48" cy="152" r="36" fill="rgba(255,255,255,.35)" stroke="${frame}" stroke-width="7"/>` +
		`<path d="M48 118 V186 M14 152 H82 M24 128 L72 176 M72 128 L24 176" stroke="${frame}" stroke-width="2" opacity=".6"/>` +
		`<circle cx="48" cy="152" r="6" fill="${frame}"/>` +
		`<circle cx="96" cy="184" r="9" fill="${frame}"/>` +
		`<path d="M68 92 L84 118" stroke="${o.skin}" stroke-width="10" stroke-linecap="round"/>` +
		`<circle cx="50" cy="48" r="26" fill="${o.skin}"/>` +
		hairFront(style, o.hair) +
		face(o.mood);
	return art(110, 196, body);
}

export function school(): Art {
	const win = (x: number, y: number) =>
		`<rect x="${x}" y="${y}" width="24" height="22" rx="3" fill="#BDE0FE" stroke="#fff" stroke-width="2"/>`;
	return art(
		220,
		172,
		`<rect x="0" y="160" width="220" height="10" rx="5" fill="#8BC34A"/>` +
			`<rect x="25" y="62" width="170" height="100" rx="4" fill="#E76F51"/>` +
			`<polygon points="12,66 110,14 208,66" fill="#264653"/>` +
			`<circle cx="110" cy="46" r="11" fill="#fff"/><path d="M110 39 V46 H116" stroke="#264653" stroke-width="2.5" fill="none" stroke-linecap="round"/>` +
			win(38, 80) +
			win(38, 118) +
			win(158, 80) +
			win(158, 118) +
			`<rect x="75" y="74" width="70" height="22" rx="5" fill="#fff"/>` +
			`<text x="110" y="90" font-size="13" font-weight="700" text-anchor="middle" fill="#264653" font-family="Noto Sans">SCHOOL</text>` +
			`<rect x="96" y="108" width="28" height="54" rx="4" fill="#6D4C41"/><circle cx="118" cy="136" r="2.5" fill="#F2C94C"/>`
	);
}

export function townhall(): Art {
	const cols = [44, 78, 128, 162]
		.map((x) => `<rect x="${x}" y="90" width="14" height="74" rx="3" fill="#C5CAE9"/>`)
		.join('');
	return art(
		220,
		186,
		`<rect x="108" y="4" width="4" height="40" fill="#5d4037"/>` +
			`<rect x="112" y="6" width="36" height="8" fill="#AE1C28"/><rect x="112" y="14" width="36" height="8" fill="#fff"/><rect x="112" y="22" width="36" height="8" fill="#21468B"/>` +
			`<rect x="28" y="78" width="164" height="96" fill="#E8EAF6"/>` +
			`<polygon points="18,80 110,40 202,80" fill="#5C6BC0"/>` +
			`<text x="110" y="73" font-size="13" font-weight="700" text-anchor="middle" fill="#fff" font-family="Noto Sans">GEMEENTE</text>` +
			cols +
			`<path d="M96 174 V132 A14 14 0 0 1 124 132 V174Z" fill="#3949AB"/>` +
			`<rect x="14" y="172" width="192" height="12" rx="4" fill="#9FA8DA"/>`
	);
}

/** A sheet of paper with a small label and a big label. */
export function documentArt(small: string, big: string, signed = false): Art {
	const line = (y: number, w: number) =>
		`<rect x="22" y="${y}" width="${w}" height="7" rx="3.5" fill="#cfd8e3"/>`;
	return art(
		140,
		180,
		`<rect x="12" y="12" width="124" height="164" rx="10" fill="#000" opacity=".08"/>` +
			`<rect x="4" y="4" width="124" height="164" rx="10" fill="#fff" stroke="#d7dde8" stroke-width="2"/>` +
			line(22, 88) +
			line(36, 66) +
			`<text x="66" y="72" font-size="16" font-weight="700" text-anchor="middle" fill="#5b6b84" font-family="Noto Sans">${small}</text>` +
			`<text x="66" y="114" font-size="${big.length > 3 ? 34 : 46}" font-weight="700" text-anchor="middle" fill="#2D6CDF" font-family="Noto Sans">${big}</text>` +
			line(128, 88) +
			line(142, 60) +
			(signed
				? `<path d="M24 156 C32 144 38 162 46 150 C52 142 56 160 64 152 C70 146 74 156 84 150" stroke="#2D6CDF" stroke-width="3" fill="none" stroke-linecap="round"/>`
				: '') +
			`<circle cx="108" cy="148" r="14" fill="#F2C94C"/><path d="M101 160 L98 174 L105 170 L109 176 L112 161" fill="#F2994A"/>`
	);
}

export function flagNL(): Art {
	return art(
		130,
		170,
		`<rect x="6" y="6" width="7" height="162" rx="3" fill="#8d6e63"/><circle cx="9.5" cy="6" r="6" fill="#F2C94C"/>` +
			`<path d="M13 12 Q40 4 68 12 T123 12 V34 Q96 26 68 34 T13 34Z" fill="#AE1C28"/>` +
			`<path d="M13 34 Q40 26 68 34 T123 34 V56 Q96 48 68 56 T13 56Z" fill="#fff"/>` +
			`<path d="M13 56 Q40 48 68 56 T123 56 V78 Q96 70 68 78 T13 78Z" fill="#21468B"/>`
	);
}

export function pen(): Art {
	return art(
		120,
		70,
		`<g transform="rotate(-28 60 35)"><rect x="10" y="27" width="78" height="16" rx="8" fill="#2D9CDB"/>` +
			`<rect x="10" y="27" width="22" height="16" rx="8" fill="#1B6FA8"/>` +
			`<polygon points="86,27 110,35 86,43" fill="#F2C94C"/><polygon points="102,32 110,35 102,38" fill="${INK}"/></g>`
	);
}

export function bubble(
	content: { text?: string; dots?: boolean; heart?: boolean },
	color = '#fff',
	flip = false,
	textSize = 24
): Art {
	const shape = `<path d="M25 5 H145 Q165 5 165 25 V65 Q165 85 145 85 H62 L30 112 L40 85 H25 Q5 85 5 65 V25 Q5 5 25 5Z" fill="${color}" stroke="${INK}" stroke-width="3" stroke-linejoin="round"/>`;
	let inner = '';
	if (content.text)
		inner = `<text x="85" y="${45 + textSize * 0.36}" font-size="${textSize}" font-weight="700" text-anchor="middle" fill="${INK}" font-family="Noto Sans">${content.text}</text>`;
	if (content.dots)
		inner = [60, 85, 110].map((x) => `<circle cx="${x}" cy="45" r="8" fill="${INK}"/>`).join('');
	if (content.heart)
		inner = `<path transform="translate(63 24) scale(.45)" d="M50 86 C20 64 4 46 4 28 C4 14 15 4 28 4 C38 4 46 10 50 18 C54 10 62 4 72 4 C85 4 96 14 96 28 C96 46 80 64 50 86Z" fill="#EC407A"/>`;
	return art(
		170,
		116,
		(flip ? `<g transform="translate(170 0) scale(-1 1)">${shape}</g>` : shape) + inner
	);
}

const HEART =
	'M50 86 C20 64 4 46 4 28 C4 14 15 4 28 4 C38 4 46 10 50 18 C54 10 62 4 72 4 C85 4 96 14 96 28 C96 46 80 64 50 86Z';

export function heart(color = '#EC407A'): Art {
	return art(100, 90, `<path d="${HEART}" fill="${color}"/>`);
}

export function star(color = '#F2C94C'): Art {
	return art(
		50,
		50,
		`<polygon points="25,2 31,18 48,18 34,28 39,46 25,35 11,46 16,28 2,18 19,18" fill="${color}"/>`
	);
}

export function balance(): Art {
	const wood = '#8D6E63';
	const pan = (cx: number) =>
		`<path d="M${cx - 20} 45 L${cx - 26} 110 M${cx + 20} 45 L${cx + 26} 110" stroke="${wood}" stroke-width="3"/>` +
		`<path d="M${cx - 30} 110 H${cx + 30} Q${cx + 26} 134 ${cx} 134 Q${cx - 26} 134 ${cx - 30} 110Z" fill="#F2C94C"/>` +
		`<path transform="translate(${cx - 14} 86) scale(.28)" d="${HEART}" fill="#EC407A"/>`;
	return art(
		220,
		190,
		`<rect x="104" y="30" width="12" height="144" fill="${wood}"/>` +
			`<rect x="76" y="170" width="68" height="14" rx="7" fill="#6D4C41"/>` +
			`<rect x="20" y="40" width="180" height="10" rx="5" fill="${wood}"/>` +
			`<circle cx="110" cy="30" r="11" fill="#F2C94C"/>` +
			pan(40) +
			pan(180)
	);
}

export function globe(): Art {
	return art(
		120,
		120,
		`<circle cx="60" cy="60" r="56" fill="#4FC3F7"/>` +
			`<path d="M30 30 C42 22 56 28 52 40 C48 50 58 56 50 66 C42 74 30 66 28 56 C26 46 22 38 30 30Z" fill="#81C784"/>` +
			`<path d="M70 24 C84 22 98 32 100 44 C92 50 84 44 76 48 C70 40 64 32 70 24Z" fill="#81C784"/>` +
			`<path d="M66 70 C76 64 92 68 94 80 C90 94 76 102 68 94 C64 86 60 78 66 70Z" fill="#81C784"/>` +
			`<ellipse cx="60" cy="60" rx="24" ry="56" fill="none" stroke="#fff" stroke-width="2" opacity=".5"/>` +
			`<path d="M4 60 H116" stroke="#fff" stroke-width="2" opacity=".5"/>`
	);
}

export type IconKind = 'ball' | 'book' | 'shield' | 'talk' | 'home' | 'tree' | 'phone';

export function icon(kind: IconKind, color: string): Art {
	const W = '#fff';
	const s = `stroke="${INK}" stroke-width="3" stroke-linejoin="round"`;
	const inner: Record<IconKind, string> = {
		ball:
			`<circle cx="50" cy="50" r="25" fill="${W}" ${s}/>` +
			`<path d="M50 25 A25 25 0 0 1 75 50 L50 50Z" fill="#F2C94C"/><path d="M50 75 A25 25 0 0 1 25 50 L50 50Z" fill="#2D9CDB"/>` +
			`<circle cx="50" cy="50" r="25" fill="none" ${s}/>`,
		book:
			`<path d="M50 34 Q36 26 22 30 V70 Q36 66 50 74 Q64 66 78 70 V30 Q64 26 50 34Z" fill="${W}" ${s}/>` +
			`<path d="M50 34 V74" ${s}/>`,
		shield:
			`<path d="M50 22 L75 31 V50 Q75 68 50 80 Q25 68 25 50 V31Z" fill="${W}" ${s}/>` +
			`<path d="M38 51 L47 60 L63 42" stroke="${color}" stroke-width="6" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`,
		talk:
			`<path d="M28 28 H72 Q78 28 78 34 V58 Q78 64 72 64 H46 L34 76 L36 64 H28 Q22 64 22 58 V34 Q22 28 28 28Z" fill="${W}" ${s}/>` +
			[38, 50, 62].map((x) => `<circle cx="${x}" cy="46" r="4" fill="${INK}"/>`).join(''),
		home:
			`<path d="M26 50 L50 28 L74 50 V74 H26Z" fill="${W}" ${s}/>` +
			`<rect x="44" y="56" width="12" height="18" fill="${color}"/>`,
		tree:
			`<rect x="46" y="52" width="8" height="24" fill="#6D4C41"/>` +
			`<circle cx="50" cy="42" r="20" fill="#A5D6A7" ${s}/>`,
		phone: `<path d="M34 26 C30 26 26 30 27 36 C30 54 46 70 64 73 C70 74 74 70 74 66 V60 L62 54 L56 60 C48 56 44 52 40 44 L46 38 L40 26Z" fill="${W}" ${s}/>`
	};
	return art(100, 100, `<circle cx="50" cy="50" r="47" fill="${color}"/>` + inner[kind]);
}

function smiley(cx: number, cy: number, r: number, color: string, m: number): string {
	// m: -1 sad .. 1 happy
	const my = cy + r * 0.35;
	return (
		`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}"/>` +
		`<circle cx="${cx - r * 0.35}" cy="${cy - r * 0.2}" r="${r * 0.13}" fill="${INK}"/><circle cx="${cx + r * 0.35}" cy="${cy - r * 0.2}" r="${r * 0.13}" fill="${INK}"/>` +
		`<path d="M${cx - r * 0.4} ${my} Q${cx} ${my + m * r * 0.4} ${cx + r * 0.4} ${my}" stroke="${INK}" stroke-width="1.4" fill="none" stroke-linecap="round"/>`
	);
}

/** A phone showing a short questionnaire with a smiley scale. */
export function phoneScan(): Art {
	const cols = ['#E57373', '#FFB74D', '#FFF176', '#AED581', '#66BB6A'];
	const row = (y: number, pick: number) =>
		cols
			.map(
				(c, i) =>
					smiley(28 + i * 16, y, 7, c, (i - 2) / 2) +
					(i === pick
						? `<circle cx="${28 + i * 16}" cy="${y}" r="9.5" fill="none" stroke="${INK}" stroke-width="2"/>`
						: '')
			)
			.join('');
	const line = (y: number, w: number) =>
		`<rect x="22" y="${y}" width="${w}" height="6" rx="3" fill="#cfd8e3"/>`;
	return art(
		120,
		220,
		`<rect x="4" y="4" width="112" height="212" rx="18" fill="${INK}"/>` +
			`<rect x="12" y="20" width="96" height="182" rx="8" fill="#fff"/>` +
			`<path d="M12 28 Q12 20 20 20 H100 Q108 20 108 28 V48 H12Z" fill="#FF7A59"/>` +
			`<text x="60" y="39" font-size="13" font-weight="700" text-anchor="middle" fill="#fff" font-family="Noto Sans">RechtOp</text>` +
			line(60, 76) +
			line(72, 54) +
			row(98, 4) +
			line(122, 70) +
			line(134, 50) +
			row(160, 3) +
			`<rect x="30" y="180" width="60" height="14" rx="7" fill="#2D9CDB"/>`
	);
}

export function lock(): Art {
	return art(
		100,
		126,
		`<path d="M28 58 V40 A22 22 0 0 1 72 40 V58" stroke="#90A4AE" stroke-width="12" fill="none"/>` +
			`<rect x="12" y="54" width="76" height="68" rx="14" fill="#F2C94C"/>` +
			`<circle cx="50" cy="82" r="9" fill="${INK}"/><rect x="46" y="84" width="8" height="20" rx="3" fill="${INK}"/>`
	);
}
