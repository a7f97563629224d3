// Renders the self-hosted clips (static/videos/<id>.webm/.jpg/.nl.vtt/.en.vtt). Needs ffmpeg (libvpx-vp9, libopus), chromium at /usr/bin/chromium (via Playwright) and espeak-ng. Run: npx tsx src/lib/content/videos/render.ts [id…]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import {
	type Art,
	C,
	balance,
	bubble,
	chairKid,
	documentArt,
	flagNL,
	globe,
	heart,
	icon,
	lock,
	pen,
	person,
	phoneScan,
	school,
	skins,
	star,
	townhall,
	type PersonOpts
} from './art';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const OUT = join(ROOT, 'static/videos');
const W = 640;
const H = 360;
const FPS = 24;
const LEAD = 0.7; // silence before the first sentence
const GAP_LINE = 0.45; // pause between sentences of one slide
const GAP_SCENE = 0.9; // pause between slides
const TAIL = 2.0; // end card after the last sentence
const FADE = 0.35;

type Anim = 'fade' | 'up' | 'left' | 'right' | 'zoom' | 'none';

interface Item {
	art?: Art;
	html?: string;
	x: number;
	y: number;
	w: number;
	anim?: Anim;
	/** Appear when sentence `at` of the slide starts (plus `d` seconds); without `at`, `d` counts from the slide start. */
	at?: number;
	d?: number;
	bob?: boolean;
}

interface Line {
	nl: string;
	en: string;
	/** What the voice says, when it differs from the caption. */
	say?: string;
}

interface Scene {
	bg: string;
	lines: Line[];
	items: Item[];
}

interface Clip {
	id: string;
	scenes: Scene[];
}

// ---------- cast ----------

const kids: PersonOpts[] = [
	{ skin: skins[0], hair: '#6D4C41', style: 'short', shirt: C.coral },
	{ skin: skins[3], hair: '#1b1b1b', style: 'curly', shirt: C.yellow },
	{ skin: skins[1], hair: C.teal, style: 'hijab', shirt: C.purple, pants: '#5D4037' },
	{ skin: skins[0], hair: '#E0B84C', style: 'long', shirt: C.blue },
	{ skin: skins[2], hair: '#2E2E2E', style: 'spiky', shirt: C.green, pants: '#455A64' },
	{ skin: skins[4], hair: '#111', style: 'bun', shirt: C.pink }
];
const adults: PersonOpts[] = [
	{ skin: skins[2], hair: '#3E2723', style: 'long', shirt: C.teal, tall: true, pants: '#37474F' },
	{ skin: skins[0], hair: '#9E9E9E', style: 'short', shirt: '#5C6BC0', tall: true }
];
const kid = (i: number, extra: Partial<PersonOpts> = {}) => person({ ...kids[i], ...extra });

function headline(text: string, size = 30): Item {
	return {
		html: `<div class="hl" style="font-size:${size}px"><span>${text}</span></div>`,
		x: 0,
		y: 12,
		w: W,
		anim: 'up',
		d: 0.15
	};
}
function label(text: string, x: number, y: number, w: number, at: number, d = 0): Item {
	return { html: `<div class="lbl">${text}</div>`, x, y, w, anim: 'fade', at, d };
}
function pill(text: string, color: string, x: number, y: number, at: number, d = 0, w = 220): Item {
	return {
		html: `<div class="pill" style="background:${color}">${text}</div>`,
		x,
		y,
		w,
		anim: 'zoom',
		at,
		d
	};
}
/** A row of people standing on y = 300, entering one by one. */
function row(arts: Art[], x0: number, step: number, w: number, anim: Anim, d0 = 0.2): Item[] {
	return arts.map((a, i) => ({
		art: a,
		x: x0 + i * step,
		y: 300 - w * a.ratio,
		w,
		anim,
		d: d0 + i * 0.15,
		bob: true
	}));
}
function stand(a: Art, x: number, w: number, extra: Partial<Item> = {}): Item {
	return { art: a, x, y: 300 - w * a.ratio, w, anim: 'up', ...extra };
}
function stars(at?: number): Item[] {
	return [
		[40, 70, 28],
		[580, 80, 34],
		[90, 200, 22],
		[560, 210, 24]
	].map(([x, y, w], i) => ({
		art: star(i % 2 ? C.yellow : '#FFB74D'),
		x,
		y,
		w,
		anim: 'zoom' as Anim,
		at,
		d: (at === undefined ? 0.6 : 0.1) + i * 0.12,
		bob: true
	}));
}

// ---------- clips ----------

const clips: Clip[] = [
	{
		id: 'clip-rechten',
		scenes: [
			{
				bg: '#FFF4E0',
				lines: [{ nl: 'Wat zijn kinderrechten?', en: 'What are children’s rights?' }],
				items: [
					headline('Wat zijn kinderrechten?', 34),
					...row([kid(0), kid(1), kid(3), kid(4)], 130, 95, 76, 'up'),
					{
						art: bubble({ text: '?' }, '#fff', false, 54),
						x: 470,
						y: 72,
						w: 120,
						anim: 'zoom',
						d: 0.9
					}
				]
			},
			{
				bg: '#E3F2FD',
				lines: [
					{ nl: 'Ieder kind onder de 18 heeft rechten.', en: 'Every child under 18 has rights.' },
					{ nl: 'Jij ook, waar je ook woont.', en: 'You too, wherever you live.' }
				],
				items: [
					headline('Ieder kind onder de 18'),
					stand(kid(0, { pose: 'wave' }), 40, 70, { anim: 'left', at: 0, d: 0 }),
					stand(kid(1), 130, 70, { anim: 'left', at: 0, d: 0.15 }),
					stand(kid(2), 220, 70, { anim: 'left', at: 0, d: 0.3 }),
					stand(chairKid(kids[4]), 318, 86, { anim: 'right', at: 0, d: 0.3 }),
					stand(kid(3), 430, 70, { anim: 'right', at: 0, d: 0.15 }),
					stand(kid(5, { pose: 'wave' }), 520, 70, { anim: 'right', at: 0, d: 0 }),
					{ art: heart(), x: 290, y: 76, w: 60, anim: 'zoom', at: 1, d: 0.2, bob: true }
				]
			},
			{
				bg: '#FFF8E1',
				lines: [
					{
						nl: 'Die rechten staan in een belangrijk verdrag.',
						en: 'Those rights are in an important treaty.'
					},
					{
						nl: 'Het Kinderrechtenverdrag is van 1989.',
						en: 'The Convention on the Rights of the Child is from 1989.'
					},
					{
						nl: 'Bijna alle landen ter wereld doen mee.',
						en: 'Almost every country in the world takes part.'
					}
				],
				items: [
					headline('Het Kinderrechtenverdrag'),
					{ art: documentArt('VERDRAG', '1989'), x: 150, y: 78, w: 136, anim: 'zoom', at: 0, d: 0 },
					{ art: globe(), x: 380, y: 96, w: 150, anim: 'zoom', at: 2, d: 0.1, bob: true },
					{ art: star(), x: 360, y: 84, w: 30, anim: 'zoom', at: 2, d: 0.5 },
					{ art: star('#FFB74D'), x: 520, y: 210, w: 26, anim: 'zoom', at: 2, d: 0.7 }
				]
			},
			{
				bg: '#E8F5E9',
				lines: [
					{
						nl: 'Nederland heeft het verdrag ook ondertekend.',
						en: 'The Netherlands signed the treaty too.'
					},
					{ nl: 'Dus gelden de rechten ook hier.', en: 'So the rights count here as well.' }
				],
				items: [
					headline('Nederland doet mee'),
					{ art: flagNL(), x: 120, y: 84, w: 130, anim: 'left', at: 0, d: 0 },
					{
						art: documentArt('VERDRAG', '1989', true),
						x: 330,
						y: 80,
						w: 136,
						anim: 'zoom',
						at: 0,
						d: 0.3
					},
					{ art: pen(), x: 410, y: 190, w: 120, anim: 'right', at: 0, d: 0.8, bob: true },
					{ art: heart('#AE1C28'), x: 262, y: 110, w: 46, anim: 'zoom', at: 1, d: 0.2, bob: true }
				]
			},
			{
				bg: '#FFF4E0',
				lines: [
					{ nl: 'Je mag spelen en naar school gaan.', en: 'You may play and go to school.' },
					{
						nl: 'Je hebt recht om veilig op te groeien.',
						en: 'You have the right to grow up safely.'
					},
					{ nl: 'En volwassenen moeten naar je luisteren.', en: 'And adults must listen to you.' }
				],
				items: [
					headline('Jouw rechten'),
					{
						art: icon('ball', C.coral),
						x: 60,
						y: 96,
						w: 104,
						anim: 'zoom',
						at: 0,
						d: 0.3,
						bob: true
					},
					label('spelen', 40, 210, 144, 0, 0.3),
					{
						art: icon('book', C.blue),
						x: 200,
						y: 96,
						w: 104,
						anim: 'zoom',
						at: 0,
						d: 1.2,
						bob: true
					},
					label('school', 180, 210, 144, 0, 1.2),
					{
						art: icon('shield', C.green),
						x: 340,
						y: 96,
						w: 104,
						anim: 'zoom',
						at: 1,
						d: 0.4,
						bob: true
					},
					label('veilig', 320, 210, 144, 1, 0.4),
					{
						art: icon('talk', C.purple),
						x: 480,
						y: 96,
						w: 104,
						anim: 'zoom',
						at: 2,
						d: 0.5,
						bob: true
					},
					label('gehoord', 460, 210, 144, 2, 0.5)
				]
			},
			{
				bg: '#F3E5F5',
				lines: [
					{
						nl: 'Volwassenen moeten zorgen dat dit echt gebeurt.',
						en: 'Adults must make sure this really happens.'
					},
					{
						nl: 'Ouders, leraren, de gemeente en de regering.',
						en: 'Parents, teachers, the municipality and the government.'
					},
					{
						nl: 'Zo krijgt ieder kind een goede kans.',
						en: 'That way every child gets a good chance.'
					}
				],
				items: [
					headline('Volwassenen zorgen ervoor'),
					stand(person(adults[0]), 40, 78, { anim: 'left', at: 0, d: 0 }),
					stand(kid(1, { pose: 'up' }), 132, 66, { at: 0, d: 0.3, bob: true }),
					stand(person(adults[1]), 212, 78, { anim: 'right', at: 0, d: 0.15 }),
					stand(school(), 318, 140, { anim: 'zoom', at: 1, d: 0.9 }),
					stand(townhall(), 476, 140, { anim: 'zoom', at: 1, d: 1.6 }),
					{ art: heart(), x: 145, y: 96, w: 40, anim: 'zoom', at: 2, d: 0.3, bob: true }
				]
			},
			{
				bg: '#FFF4E0',
				lines: [
					{ nl: 'Kinderrechten zijn er voor jou!', en: 'Children’s rights are there for you!' }
				],
				items: [
					headline('Kinderrechten zijn er voor jou!', 32),
					...row(
						[
							kid(2, { pose: 'wave' }),
							kid(0, { pose: 'up' }),
							kid(5, { pose: 'wave' }),
							kid(4, { pose: 'up' }),
							kid(3, { pose: 'wave' })
						],
						105,
						90,
						70,
						'up'
					),
					...stars()
				]
			}
		]
	},
	{
		id: 'clip-meedoen',
		scenes: [
			{
				bg: '#E3F2FD',
				lines: [{ nl: 'Jouw mening telt!', en: 'Your opinion counts!' }],
				items: [
					headline('Jouw mening telt!', 36),
					stand(kid(3, { pose: 'wave', mood: 'talk' }), 170, 84, { d: 0.2, bob: true }),
					{
						art: bubble({ text: 'Ik vind…' }, '#fff', false, 28),
						x: 290,
						y: 84,
						w: 190,
						anim: 'zoom',
						d: 0.7,
						bob: true
					}
				]
			},
			{
				bg: '#FFF4E0',
				lines: [
					{
						nl: 'Artikel 12 is een belangrijk kinderrecht.',
						en: 'Article 12 is an important children’s right.'
					},
					{ nl: 'Het gaat over jouw mening.', en: 'It is about your opinion.' }
				],
				items: [
					headline('Artikel 12'),
					{ art: documentArt('Artikel', '12'), x: 140, y: 76, w: 140, anim: 'zoom', at: 0, d: 0 },
					stand(kid(4, { mood: 'talk' }), 360, 76, { anim: 'right', at: 0, d: 0.5 }),
					{
						art: bubble({ heart: true }),
						x: 430,
						y: 76,
						w: 120,
						anim: 'zoom',
						at: 1,
						d: 0.2,
						bob: true
					}
				]
			},
			{
				bg: '#E8F5E9',
				lines: [
					{ nl: 'Gaat iets over jou?', en: 'Is something about you?' },
					{ nl: 'Dan mag je zeggen wat je denkt.', en: 'Then you may say what you think.' },
					{
						nl: 'Thuis, op school en in je buurt.',
						en: 'At home, at school and in your neighbourhood.'
					},
					{
						nl: 'Volwassenen moeten luisteren en je serieus nemen.',
						en: 'Adults must listen and take you seriously.'
					}
				],
				items: [
					headline('Zeg wat je denkt'),
					stand(kid(1, { mood: 'talk' }), 56, 78, { anim: 'left', d: 0.3 }),
					{
						art: bubble({ dots: true }),
						x: 130,
						y: 66,
						w: 130,
						anim: 'zoom',
						at: 1,
						d: 0.1,
						bob: true
					},
					{ art: icon('home', C.coral), x: 226, y: 196, w: 64, anim: 'zoom', at: 2, d: 0 },
					{ art: icon('book', C.blue), x: 300, y: 196, w: 64, anim: 'zoom', at: 2, d: 0.7 },
					{ art: icon('tree', C.green), x: 374, y: 196, w: 64, anim: 'zoom', at: 2, d: 1.4 },
					stand(person(adults[0]), 456, 74, { anim: 'right', at: 3, d: 0 }),
					stand(person(adults[1]), 540, 74, { anim: 'right', at: 3, d: 0.2 })
				]
			},
			{
				bg: '#FFF8E1',
				lines: [
					{
						nl: 'Ook de gemeente wil horen wat jij vindt.',
						en: 'The municipality also wants to hear what you think.'
					},
					{
						nl: 'Jij weet zelf het beste hoe het voor jou is.',
						en: 'You know best what it is like for you.'
					}
				],
				items: [
					headline('De gemeente luistert'),
					{ ...stand(townhall(), 360, 210, { anim: 'zoom', at: 0, d: 0 }) },
					{
						art: bubble({ text: 'Wat vind jij?' }, '#fff', true, 22),
						x: 170,
						y: 70,
						w: 180,
						anim: 'zoom',
						at: 0,
						d: 0.8,
						bob: true
					},
					stand(kid(5, { pose: 'wave' }), 70, 80, { anim: 'left', at: 1, d: 0 })
				]
			},
			{
				bg: '#E3F2FD',
				lines: [
					{
						nl: 'Dat kan met de rechtenscan in RechtOp.',
						en: 'You can do that with the rights scan in RechtOp.'
					},
					{ nl: 'Je beantwoordt een paar korte vragen.', en: 'You answer a few short questions.' }
				],
				items: [
					headline('De rechtenscan'),
					{ art: phoneScan(), x: 266, y: 68, w: 110, anim: 'zoom', at: 0, d: 0, bob: true },
					stand(kid(0), 120, 76, { anim: 'left', at: 1, d: 0 }),
					stand(kid(2), 450, 76, { anim: 'right', at: 1, d: 0.2 }),
					...stars(1)
				]
			},
			{
				bg: '#F3E5F5',
				lines: [
					{ nl: 'Je antwoorden zijn anoniem.', en: 'Your answers are anonymous.' },
					{ nl: 'Je hoeft je naam niet te geven.', en: 'You don’t have to give your name.' }
				],
				items: [
					headline('Anoniem'),
					{ art: lock(), x: 270, y: 80, w: 100, anim: 'zoom', at: 0, d: 0, bob: true },
					stand(kid(4), 120, 76, { anim: 'left', at: 0, d: 0.3 }),
					stand(kid(3), 446, 76, { anim: 'right', at: 0, d: 0.3 }),
					pill('zonder naam', C.purple, 210, 226, 1, 0.4)
				]
			},
			{
				bg: '#E3F2FD',
				lines: [
					{
						nl: 'Jouw stem maakt verschil. Doe mee!',
						en: 'Your voice makes a difference. Join in!'
					}
				],
				items: [
					headline('Doe mee!', 36),
					...row(
						[
							kid(1, { pose: 'up' }),
							kid(3, { pose: 'wave' }),
							kid(5, { pose: 'up' }),
							kid(0, { pose: 'wave' })
						],
						150,
						95,
						72,
						'up'
					),
					{ art: bubble({ heart: true }), x: 40, y: 76, w: 100, anim: 'zoom', d: 1.0, bob: true },
					{
						art: bubble({ dots: true }, '#fff', true),
						x: 510,
						y: 76,
						w: 100,
						anim: 'zoom',
						d: 1.2,
						bob: true
					}
				]
			}
		]
	},
	{
		id: 'clip-discriminatie',
		scenes: [
			{
				bg: '#FFF4E0',
				lines: [{ nl: 'Iedereen hoort erbij.', en: 'Everyone belongs.' }],
				items: [
					headline('Iedereen hoort erbij', 36),
					...row([kid(1), kid(2), kid(0), kid(5), kid(4)], 90, 92, 66, 'up'),
					{ art: heart(), x: 292, y: 72, w: 56, anim: 'zoom', d: 1.0, bob: true }
				]
			},
			{
				bg: '#E3F2FD',
				lines: [
					{
						nl: 'Artikel 2 van het Kinderrechtenverdrag is duidelijk.',
						en: 'Article 2 of the Convention is clear.'
					},
					{ nl: 'Alle kinderen hebben dezelfde rechten.', en: 'All children have the same rights.' }
				],
				items: [
					headline('Artikel 2'),
					{ art: documentArt('Artikel', '2'), x: 110, y: 80, w: 136, anim: 'zoom', at: 0, d: 0 },
					{ art: balance(), x: 330, y: 88, w: 220, anim: 'zoom', at: 1, d: 0 }
				]
			},
			{
				bg: '#FFF8E1',
				lines: [
					{ nl: 'Geen kind mag slechter behandeld worden.', en: 'No child may be treated worse.' },
					{
						nl: 'Niet om je huidskleur of je geloof.',
						en: 'Not because of your skin colour or your religion.'
					},
					{ nl: 'Niet om een beperking of om geld.', en: 'Not because of a disability or money.' },
					{ nl: 'En niet om waar je vandaan komt.', en: 'And not because of where you come from.' }
				],
				items: [
					headline('Geen kind mag slechter behandeld worden', 25),
					stand(kid(3), 14, 60, { anim: 'left', at: 0, d: 0 }),
					stand(kid(1), 566, 60, { anim: 'right', at: 0, d: 0 }),
					pill('huidskleur', C.coral, 96, 78, 1, 0.5),
					pill('geloof', C.blue, 324, 78, 1, 1.5),
					pill('een beperking', C.green, 96, 142, 2, 0.6),
					pill('geld', C.purple, 324, 142, 2, 1.5),
					pill('waar je vandaan komt', C.teal, 170, 206, 3, 0.5, 300)
				]
			},
			{
				bg: '#ECEFF1',
				lines: [
					{ nl: 'Dat heet discriminatie.', en: 'That is called discrimination.' },
					{
						nl: 'Zie je dat iemand wordt buitengesloten?',
						en: 'Do you see someone being left out?'
					}
				],
				items: [
					headline('Dat heet discriminatie'),
					stand(kid(0), 80, 70, { at: 0, d: 0 }),
					stand(kid(3), 150, 70, { at: 0, d: 0.15 }),
					stand(kid(4), 220, 70, { at: 0, d: 0.3 }),
					stand(kid(2, { mood: 'sad' }), 480, 70, { anim: 'fade', at: 1, d: 0.2 })
				]
			},
			{
				bg: '#E8F5E9',
				lines: [
					{ nl: 'Ga naast diegene staan.', en: 'Go and stand next to them.' },
					{
						nl: 'Zeg dat het niet oké is, als dat veilig kan.',
						en: 'Say that it is not okay, if that is safe.'
					},
					{ nl: 'Vertel het aan een volwassene die je vertrouwt.', en: 'Tell an adult you trust.' }
				],
				items: [
					headline('Wat kun jij doen?'),
					stand(kid(2), 300, 70, { anim: 'fade', d: 0 }),
					stand(kid(5, { mood: 'talk' }), 374, 70, { anim: 'right', at: 0, d: 0.2 }),
					{
						art: bubble({ text: 'Niet oké!' }, '#fff', false, 26),
						x: 420,
						y: 66,
						w: 160,
						anim: 'zoom',
						at: 1,
						d: 0.5,
						bob: true
					},
					stand(person(adults[0]), 150, 80, { anim: 'left', at: 2, d: 0.2 }),
					{ art: heart(), x: 240, y: 110, w: 40, anim: 'zoom', at: 2, d: 1.0, bob: true }
				]
			},
			{
				bg: '#E3F2FD',
				lines: [
					{
						nl: 'Je kunt ook de Kindertelefoon bellen.',
						en: 'You can also call the Kindertelefoon.'
					},
					{
						nl: 'Het nummer is 0800-0432.',
						en: 'The number is 0800-0432.',
						say: 'Het nummer is: nul achthonderd, nul vier drie twee.'
					},
					{ nl: 'Bellen is gratis en anoniem.', en: 'Calling is free and anonymous.' }
				],
				items: [
					headline('De Kindertelefoon'),
					{
						art: icon('phone', C.green),
						x: 90,
						y: 96,
						w: 130,
						anim: 'zoom',
						at: 0,
						d: 0,
						bob: true
					},
					{
						html: '<div class="card">0800-0432</div>',
						x: 260,
						y: 110,
						w: 300,
						anim: 'zoom',
						at: 1,
						d: 0.2
					},
					pill('gratis en anoniem', C.purple, 300, 212, 2, 0.2)
				]
			},
			{
				bg: '#FFF4E0',
				lines: [
					{
						nl: 'Samen zorgen we dat iedereen erbij hoort.',
						en: 'Together we make sure everyone belongs.'
					}
				],
				items: [
					headline('Samen horen we erbij', 34),
					...row(
						[
							kid(4, { pose: 'wave' }),
							kid(2, { pose: 'up' }),
							person({ ...kids[1], pose: 'wave' }),
							chairKid({ ...kids[0] }),
							kid(5, { pose: 'up' })
						],
						100,
						92,
						70,
						'up'
					),
					...stars()
				]
			}
		]
	}
];

// ---------- audio ----------

interface Pcm {
	rate: number;
	samples: Int16Array;
}

function readWav(file: string): Pcm {
	const buf = readFileSync(file);
	let pos = 12;
	let rate = 0;
	let data: Buffer | undefined;
	while (pos + 8 <= buf.length) {
		const id = buf.toString('ascii', pos, pos + 4);
		let size = buf.readUInt32LE(pos + 4);
		if (id === 'fmt ') {
			if (
				buf.readUInt16LE(pos + 8) !== 1 ||
				buf.readUInt16LE(pos + 10) !== 1 ||
				buf.readUInt16LE(pos + 22) !== 16
			)
				throw new Error(`${file}: expected 16-bit mono PCM`);
			rate = buf.readUInt32LE(pos + 12);
		} else if (id === 'data') {
			size = Math.min(size, buf.length - pos - 8);
			data = buf.subarray(pos + 8, pos + 8 + size);
		}
		pos += 8 + size + (size % 2);
	}
	if (!rate || !data) throw new Error(`${file}: not a WAV file`);
	const samples = new Int16Array(data.length >> 1);
	for (let i = 0; i < samples.length; i++) samples[i] = data.readInt16LE(i * 2);
	return { rate, samples };
}

function writeWav(file: string, pcm: Pcm) {
	const n = pcm.samples.length;
	const buf = Buffer.alloc(44 + n * 2);
	buf.write('RIFF', 0, 'ascii');
	buf.writeUInt32LE(36 + n * 2, 4);
	buf.write('WAVEfmt ', 8, 'ascii');
	buf.writeUInt32LE(16, 16);
	buf.writeUInt16LE(1, 20);
	buf.writeUInt16LE(1, 22);
	buf.writeUInt32LE(pcm.rate, 24);
	buf.writeUInt32LE(pcm.rate * 2, 28);
	buf.writeUInt16LE(2, 32);
	buf.writeUInt16LE(16, 34);
	buf.write('data', 36, 'ascii');
	buf.writeUInt32LE(n * 2, 40);
	for (let i = 0; i < n; i++) buf.writeInt16LE(pcm.samples[i], 44 + i * 2);
	writeFileSync(file, buf);
}

/** Speak one sentence and cut the silence around it. */
function speak(text: string, file: string): Pcm {
	execFileSync('espeak-ng', ['-v', 'nl', '-s', '140', '-w', file, text]);
	const { rate, samples } = readWav(file);
	const loud = (v: number) => Math.abs(v) > 300;
	let a = samples.findIndex(loud);
	let b = samples.findLastIndex(loud);
	if (a < 0) throw new Error(`no audio for "${text}"`);
	const pad = Math.round(rate * 0.03);
	a = Math.max(0, a - pad);
	b = Math.min(samples.length, b + pad);
	return { rate, samples: samples.slice(a, b) };
}

// ---------- timeline ----------

interface TimedLine extends Line {
	start: number;
	end: number;
}
interface TimedScene {
	start: number;
	end: number;
	lines: TimedLine[];
}

function buildAudio(clip: Clip, tmp: string) {
	const clips: Pcm[][] = clip.scenes.map((s, si) =>
		s.lines.map((l, li) => speak(l.say ?? l.nl, join(tmp, `s${si}-${li}.wav`)))
	);
	const rate = clips[0][0].rate;
	const timed: TimedScene[] = [];
	let t = LEAD;
	clip.scenes.forEach((s, si) => {
		const start = si === 0 ? 0 : timed[si - 1].lines.at(-1)!.end + 0.1;
		if (si > 0) t += GAP_SCENE;
		const lines = s.lines.map((l, li) => {
			if (li > 0) t += GAP_LINE;
			// snap to whole samples so captions match the audio exactly
			const s0 = Math.round(t * rate) / rate;
			const s1 = s0 + clips[si][li].samples.length / rate;
			t = s1;
			return { ...l, start: s0, end: s1 };
		});
		timed.push({ start, end: 0, lines });
	});
	const total = Math.ceil((t + TAIL) * FPS) / FPS;
	timed.forEach((s, i) => (s.end = i + 1 < timed.length ? timed[i + 1].start : total));
	const out = new Int16Array(Math.round(total * rate));
	timed.forEach((s, si) =>
		s.lines.forEach((l, li) => out.set(clips[si][li].samples, Math.round(l.start * rate)))
	);
	const wav = join(tmp, 'voice.wav');
	writeWav(wav, { rate, samples: out });
	return { timed, total, wav };
}

// ---------- captions ----------

function wrap(text: string, max = 40): string {
	if (text.length <= max) return text;
	const words = text.split(' ');
	let best: string | undefined;
	let bestLen = Infinity;
	for (let i = 1; i < words.length; i++) {
		const a = words.slice(0, i).join(' ');
		const b = words.slice(i).join(' ');
		const m = Math.max(a.length, b.length);
		if (a.length <= max && b.length <= max && m < bestLen) {
			best = `${a}\n${b}`;
			bestLen = m;
		}
	}
	if (!best) throw new Error(`caption too long for two lines: "${text}"`);
	return best;
}

function stamp(t: number): string {
	const ms = Math.round(t * 1000);
	const h = Math.floor(ms / 3600000);
	const m = Math.floor(ms / 60000) % 60;
	const s = Math.floor(ms / 1000) % 60;
	const p = (n: number, l = 2) => String(n).padStart(l, '0');
	return `${p(h)}:${p(m)}:${p(s)}.${p(ms % 1000, 3)}`;
}

function vtt(timed: TimedScene[], lang: 'nl' | 'en'): string {
	const lines = timed.flatMap((s) => s.lines);
	const cues = lines.map((l, i) => {
		const next = lines[i + 1]?.start ?? Infinity;
		const end = Math.min(l.end + 0.3, next - 0.05);
		return `${i + 1}\n${stamp(l.start)} --> ${stamp(end)}\n${wrap(l[lang])}`;
	});
	return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

// ---------- slides ----------

const CSS = `
*{margin:0;padding:0;box-sizing:border-box}
html,body{width:${W}px;height:${H}px;overflow:hidden;background:#fff;font-family:'Noto Sans',sans-serif;color:#23304a}
.scene{position:absolute;left:0;top:0;width:${W}px;height:${H}px;display:none;overflow:hidden}
.inner{position:absolute;left:0;top:0;width:${W}px;height:${H}px;transform-origin:50% 60%}
.ground{position:absolute;left:-20px;right:-20px;top:292px;height:120px;border-radius:50% 50% 0 0/30px 30px 0 0;background:rgba(255,255,255,.55)}
.it{position:absolute;opacity:0}
.it svg{display:block;width:100%;height:auto}
.hl{text-align:center;font-weight:700;line-height:1.15}
.hl span{display:inline-block;background:rgba(255,255,255,.88);padding:4px 20px 6px;border-radius:24px;box-shadow:0 2px 0 rgba(35,48,74,.08)}
.lbl{text-align:center;font-weight:700;font-size:22px}
.pill{display:block;text-align:center;color:#fff;font-weight:700;font-size:22px;padding:7px 10px 9px;border-radius:26px;box-shadow:0 3px 0 rgba(35,48,74,.15)}
.card{text-align:center;background:#fff;border:4px solid #23304a;border-radius:22px;font-weight:700;font-size:52px;padding:6px 0 10px;letter-spacing:1px}
`;

function html(clip: Clip, timed: TimedScene[]) {
	const scenes = clip.scenes.map((s, si) => {
		const items = s.items.map(
			(it, ii) =>
				`<div class="it" id="i${si}-${ii}" style="left:${it.x}px;top:${it.y}px;width:${it.w}px">${it.art?.svg ?? it.html ?? ''}</div>`
		);
		return `<div class="scene" id="s${si}" style="background:${s.bg};z-index:${si + 1}"><div class="inner"><div class="ground"></div>${items.join('')}</div></div>`;
	});
	const data = clip.scenes.map((s, si) => ({
		start: timed[si].start,
		end: timed[si].end,
		items: s.items.map((it, ii) => ({
			t0: (it.at === undefined ? 0 : timed[si].lines[it.at].start - timed[si].start) + (it.d ?? 0),
			anim: it.anim ?? 'up',
			bob: it.bob ?? false,
			phase: ii * 0.37 + si * 0.11
		}))
	}));
	const script = `
const S = ${JSON.stringify(data)};
const F = ${FADE};
const clamp = (v) => Math.max(0, Math.min(1, v));
const out3 = (p) => 1 - Math.pow(1 - p, 3);
const back = (p) => { const c1 = 1.70158, c3 = c1 + 1; return 1 + c3 * Math.pow(p - 1, 3) + c1 * Math.pow(p - 1, 2); };
window.setTime = (t) => {
  S.forEach((s, si) => {
    const el = document.getElementById('s' + si);
    const on = t >= s.start && t < s.end + F;
    el.style.display = on ? 'block' : 'none';
    if (!on) return;
    const lt = t - s.start;
    el.style.opacity = si === 0 ? 1 : clamp(lt / F);
    el.firstChild.style.transform = 'scale(' + (1 + 0.03 * clamp(lt / (s.end - s.start))) + ')';
    s.items.forEach((it, ii) => {
      const e = document.getElementById('i' + si + '-' + ii);
      const p = clamp((lt - it.t0) / 0.6);
      const q = out3(p);
      let x = 0, y = 0, k = 1, o = 1;
      switch (it.anim) {
        case 'fade': o = q; break;
        case 'up': y = (1 - q) * 40; o = clamp(p * 2); break;
        case 'left': x = -(1 - q) * 320; o = clamp(p * 3); break;
        case 'right': x = (1 - q) * 320; o = clamp(p * 3); break;
        case 'zoom': k = 0.2 + 0.8 * back(p); o = clamp(p * 3); break;
      }
      if (it.bob && p >= 1) y += Math.sin((lt - it.t0 - 0.6) * 2.6 + it.phase) * 3;
      e.style.opacity = o;
      e.style.transform = 'translate(' + x.toFixed(2) + 'px,' + y.toFixed(2) + 'px) scale(' + k.toFixed(4) + ')';
    });
  });
};`;
	return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>${scenes.join('')}<script>${script}</script></body></html>`;
}

// ---------- render ----------

function run(cmd: string, args: string[]) {
	execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

async function renderClip(clip: Clip, browser: import('@playwright/test').Browser) {
	const tmp = mkdtempSync(join(tmpdir(), `${clip.id}-`));
	try {
		const { timed, total, wav } = buildAudio(clip, tmp);
		writeFileSync(join(OUT, `${clip.id}.nl.vtt`), vtt(timed, 'nl'));
		writeFileSync(join(OUT, `${clip.id}.en.vtt`), vtt(timed, 'en'));

		const page = await browser.newPage({ viewport: { width: W, height: H }, deviceScaleFactor: 1 });
		await page.setContent(html(clip, timed));
		await page.evaluate(() => document.fonts.ready);

		// poster: the title slide once everything has appeared
		await page.evaluate(
			(t) => (window as unknown as { setTime(t: number): void }).setTime(t),
			timed[0].end - 0.05
		);
		const posterPng = join(tmp, 'poster.png');
		await page.screenshot({ path: posterPng, type: 'png' });
		run('ffmpeg', [
			'-y',
			'-v',
			'error',
			'-i',
			posterPng,
			'-q:v',
			'5',
			'-frames:v',
			'1',
			join(OUT, `${clip.id}.jpg`)
		]);

		const frames = Math.round(total * FPS);
		for (let f = 0; f < frames; f++) {
			await page.evaluate(
				(t) => (window as unknown as { setTime(t: number): void }).setTime(t),
				f / FPS
			);
			await page.screenshot({ path: join(tmp, `f${String(f).padStart(5, '0')}.png`), type: 'png' });
		}
		const webm = join(OUT, `${clip.id}.webm`);
		const frameInput = ['-framerate', String(FPS), '-i', join(tmp, 'f%05d.png')];
		const video = [
			'-c:v',
			'libvpx-vp9',
			'-pix_fmt',
			'yuv420p',
			'-b:v',
			'130k',
			'-maxrate',
			'220k',
			'-bufsize',
			'440k',
			'-g',
			'240',
			'-deadline',
			'good',
			'-cpu-used',
			'2',
			'-row-mt',
			'0',
			'-threads',
			'1',
			'-tile-columns',
			'0',
			'-passlogfile',
			join(tmp, 'pass')
		];
		run('ffmpeg', [
			'-y',
			'-v',
			'error',
			...frameInput,
			...video,
			'-pass',
			'1',
			'-an',
			'-f',
			'null',
			'/dev/null'
		]);
		run('ffmpeg', [
			'-y',
			'-v',
			'error',
			...frameInput,
			'-i',
			wav,
			'-map',
			'0:v',
			'-map',
			'1:a',
			...video,
			'-pass',
			'2',
			'-af',
			'loudnorm=I=-18:TP=-2:LRA=11,aresample=48000',
			'-c:a',
			'libopus',
			'-b:a',
			'32k',
			'-ac',
			'1',
			'-map_metadata',
			'-1',
			'-fflags',
			'+bitexact',
			'-flags:v',
			'+bitexact',
			'-flags:a',
			'+bitexact',
			'-t',
			total.toFixed(3),
			'-f',
			'webm',
			webm
		]);
		await page.close();
		const dur = Number(
			execFileSync('ffprobe', [
				'-v',
				'error',
				'-show_entries',
				'format=duration',
				'-of',
				'csv=p=0',
				webm
			])
				.toString()
				.trim()
		);
		console.log(
			`${clip.id}: ${dur.toFixed(2)} s, ${(statSync(webm).size / 1024).toFixed(0)} KB webm, ${(statSync(join(OUT, `${clip.id}.jpg`)).size / 1024).toFixed(0)} KB jpg`
		);
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

async function main() {
	const only = process.argv.slice(2);
	mkdirSync(OUT, { recursive: true });
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--headless', '--font-render-hinting=none']
	});
	try {
		for (const clip of clips)
			if (!only.length || only.includes(clip.id)) await renderClip(clip, browser);
	} finally {
		await browser.close();
	}
}

await main();
