-- Youth-panel voting demo for Demodorp (issue 6): the youth council, an open points round and an
-- open pairwise round with printed ballot codes, and a closed ranking round with results.
-- Local stack and `supabase start` only, never production: these codes are public.

insert into public.panels (id, municipality_id, name) values (
	'00000000-0000-4000-8000-000000006000',
	'00000000-0000-4000-8000-000000009999',
	$j${
		"nl": "Jongerenraad Demodorp",
		"en": "Demodorp Youth Council",
		"ar": "مجلس شباب ديمودورب",
		"uk": "Молодіжна рада Демодорпа",
		"tr": "Demodorp Gençlik Meclisi",
		"pl": "Młodzieżowa Rada Demodorp"
	}$j$
);

-- Options default to the ten themes.
insert into public.vote_rounds (
	id, municipality_id, panel_id, title, method, opens_at, closes_at, status, created_by, created_at
) values
	(
		'00000000-0000-4000-8000-000000006001',
		'00000000-0000-4000-8000-000000009999',
		'00000000-0000-4000-8000-000000006000',
		$j${
			"nl": "Welke thema's zijn het belangrijkst?",
			"en": "Which themes matter most?",
			"ar": "ما هي المواضيع الأهمّ؟",
			"uk": "Які теми найважливіші?",
			"tr": "Hangi konular en önemli?",
			"pl": "Które tematy są najważniejsze?"
		}$j$,
		'points', now() - interval '1 hour', now() + interval '30 days', 'open',
		'00000000-0000-4000-8000-000000000001', now() - interval '2 days'
	),
	(
		'00000000-0000-4000-8000-000000006002',
		'00000000-0000-4000-8000-000000009999',
		'00000000-0000-4000-8000-000000006000',
		$j${
			"nl": "Wat moet de gemeente eerst aanpakken?",
			"en": "What should the municipality tackle first?",
			"ar": "ما الذي يجب أن تعالجه البلدية أولًا؟",
			"uk": "Чим муніципалітет має зайнятися насамперед?",
			"tr": "Belediye önce neyi ele almalı?",
			"pl": "Czym gmina powinna zająć się najpierw?"
		}$j$,
		'ranking', now() - interval '21 days', now() - interval '14 days', 'closed',
		'00000000-0000-4000-8000-000000000001', now() - interval '28 days'
	),
	(
		'00000000-0000-4000-8000-000000006003',
		'00000000-0000-4000-8000-000000009999',
		'00000000-0000-4000-8000-000000006000',
		$j${
			"nl": "Wat vind jij belangrijker?",
			"en": "Which do you find more important?",
			"ar": "أيّهما أهمّ بالنسبة لك؟",
			"uk": "Що для тебе важливіше?",
			"tr": "Senin için hangisi daha önemli?",
			"pl": "Co jest dla ciebie ważniejsze?"
		}$j$,
		'pairwise', now() - interval '1 hour', now() + interval '30 days', 'open',
		'00000000-0000-4000-8000-000000000001', now() - interval '2 days'
	);

-- Unused ballots for the two open rounds: 30 for the points round (…6001), 20 for the pairwise
-- round (…6003). Stored as hashes like every other code.
insert into public.ballots (round_id, code_hash)
select c.round_id::uuid, private.ballot_code_hash(private.ballot_code_key(c.code))
from (
	-- demo ballot codes (printed by the local stack)
	values
		('00000000-0000-4000-8000-000000006001', 'DEMA-AAAA'),
		('00000000-0000-4000-8000-000000006001', 'DEMA-CCCC'),
		('00000000-0000-4000-8000-000000006001', 'DEMA-DDDD'),
		('00000000-0000-4000-8000-000000006001', 'DEMA-EEEE'),
		('00000000-0000-4000-8000-000000006001', 'DEMA-FFFF'),
		('00000000-0000-4000-8000-000000006001', 'FJFJ-HGDD'),
		('00000000-0000-4000-8000-000000006001', 'JFNC-TGY4'),
		('00000000-0000-4000-8000-000000006001', 'EM9G-WYW3'),
		('00000000-0000-4000-8000-000000006001', 'NYW7-KQTY'),
		('00000000-0000-4000-8000-000000006001', 'XXEV-PWTA'),
		('00000000-0000-4000-8000-000000006001', '77KM-GRCQ'),
		('00000000-0000-4000-8000-000000006001', 'YNGM-UEFV'),
		('00000000-0000-4000-8000-000000006001', 'Q3N4-4QGH'),
		('00000000-0000-4000-8000-000000006001', 'VG4K-3QRJ'),
		('00000000-0000-4000-8000-000000006001', 'WXFW-MTCJ'),
		('00000000-0000-4000-8000-000000006001', 'NEYD-V849'),
		('00000000-0000-4000-8000-000000006001', '96XN-VHNE'),
		('00000000-0000-4000-8000-000000006001', 'N6UX-ETJK'),
		('00000000-0000-4000-8000-000000006001', 'VXTH-66TJ'),
		('00000000-0000-4000-8000-000000006001', 'KEGY-HEUA'),
		('00000000-0000-4000-8000-000000006001', '4HR7-D4XD'),
		('00000000-0000-4000-8000-000000006001', 'N6N4-UXUN'),
		('00000000-0000-4000-8000-000000006001', '7FYG-J9ED'),
		('00000000-0000-4000-8000-000000006001', 'MDWU-MCT8'),
		('00000000-0000-4000-8000-000000006001', '6WWT-WVUC'),
		('00000000-0000-4000-8000-000000006001', 'RHRJ-J8Q4'),
		('00000000-0000-4000-8000-000000006001', 'PJV9-NFPM'),
		('00000000-0000-4000-8000-000000006001', 'DJP9-9CKA'),
		('00000000-0000-4000-8000-000000006001', 'VM7M-PQFK'),
		('00000000-0000-4000-8000-000000006001', '4KUC-DH7R'),
		('00000000-0000-4000-8000-000000006003', 'PAAR-AAAA'),
		('00000000-0000-4000-8000-000000006003', 'PAAR-CCCC'),
		('00000000-0000-4000-8000-000000006003', 'PAAR-DDDD'),
		('00000000-0000-4000-8000-000000006003', 'PAAR-EEEE'),
		('00000000-0000-4000-8000-000000006003', 'PAAR-FFFF'),
		('00000000-0000-4000-8000-000000006003', 'ENWN-K9UV'),
		('00000000-0000-4000-8000-000000006003', 'QXKR-TYWX'),
		('00000000-0000-4000-8000-000000006003', 'QT9R-6YFD'),
		('00000000-0000-4000-8000-000000006003', 'AEVA-PU44'),
		('00000000-0000-4000-8000-000000006003', 'KWEV-GWRT'),
		('00000000-0000-4000-8000-000000006003', 'NX97-QJPG'),
		('00000000-0000-4000-8000-000000006003', 'FEEE-WXNT'),
		('00000000-0000-4000-8000-000000006003', 'YQUU-VWHW'),
		('00000000-0000-4000-8000-000000006003', 'MFNW-PPP6'),
		('00000000-0000-4000-8000-000000006003', 'A9CP-9YGH'),
		('00000000-0000-4000-8000-000000006003', 'EGR9-6FDH'),
		('00000000-0000-4000-8000-000000006003', 'M8MJ-Q6DG'),
		('00000000-0000-4000-8000-000000006003', 'YW3X-8MGX'),
		('00000000-0000-4000-8000-000000006003', '798T-MCYD'),
		('00000000-0000-4000-8000-000000006003', 'DCCH-NFFP')
) as c (round_id, code);

-- The closed ranking round: 40 votes cast during its week. Borda totals: mentale-gezondheid 61,
-- armoede 44, onderwijs 34, discriminatie 30, meedoen 18 and zorg 18 (tied), asiel 11,
-- uitbuiting 10, jeugdstrafrecht 8, jeugdstrategie 6.
with cast_ballots (n, code, ranking) as (
	values
		(1, 'RANG-XJKY', '["mentale-gezondheid", "armoede", "onderwijs"]'),
		(2, 'RANG-Y3V6', '["armoede", "mentale-gezondheid", "discriminatie"]'),
		(3, 'RANG-QYAK', '["armoede", "mentale-gezondheid", "discriminatie"]'),
		(4, 'RANG-KG8F', '["meedoen", "jeugdstrategie", "onderwijs"]'),
		(5, 'RANG-NKYF', '["mentale-gezondheid", "armoede", "onderwijs"]'),
		(6, 'RANG-WHXK', '["armoede", "mentale-gezondheid", "discriminatie"]'),
		(7, 'RANG-F4DH', '["zorg", "mentale-gezondheid", "armoede"]'),
		(8, 'RANG-J4FW', '["mentale-gezondheid", "armoede", "onderwijs"]'),
		(9, 'RANG-3YQM', '["meedoen", "jeugdstrategie", "onderwijs"]'),
		(10, 'RANG-KAUV', '["jeugdstrafrecht", "meedoen", "zorg"]'),
		(11, 'RANG-49QN', '["jeugdstrafrecht", "meedoen", "zorg"]'),
		(12, 'RANG-WKYR', '["uitbuiting", "asiel", "jeugdstrafrecht"]'),
		(13, 'RANG-TTVY', '["onderwijs", "zorg", "asiel"]'),
		(14, 'RANG-86VC', '["mentale-gezondheid", "armoede", "onderwijs"]'),
		(15, 'RANG-RQQT', '["onderwijs", "armoede", "mentale-gezondheid"]'),
		(16, 'RANG-3KF4', '["asiel", "uitbuiting", "discriminatie"]'),
		(17, 'RANG-CUFY', '["armoede", "mentale-gezondheid", "discriminatie"]'),
		(18, 'RANG-NG38', '["armoede", "mentale-gezondheid", "discriminatie"]'),
		(19, 'RANG-P3GW', '["mentale-gezondheid", "armoede", "onderwijs"]'),
		(20, 'RANG-VVN7', '["onderwijs", "armoede", "mentale-gezondheid"]'),
		(21, 'RANG-REQU', '["mentale-gezondheid", "discriminatie", "zorg"]'),
		(22, 'RANG-GEH7', '["onderwijs", "armoede", "mentale-gezondheid"]'),
		(23, 'RANG-APN6', '["discriminatie", "onderwijs", "meedoen"]'),
		(24, 'RANG-9MDW', '["mentale-gezondheid", "discriminatie", "zorg"]'),
		(25, 'RANG-R9YT', '["uitbuiting", "asiel", "jeugdstrafrecht"]'),
		(26, 'RANG-TVHX', '["meedoen", "jeugdstrategie", "onderwijs"]'),
		(27, 'RANG-7XF6', '["mentale-gezondheid", "discriminatie", "zorg"]'),
		(28, 'RANG-74GF', '["mentale-gezondheid", "armoede", "onderwijs"]'),
		(29, 'RANG-FU4M', '["onderwijs", "armoede", "mentale-gezondheid"]'),
		(30, 'RANG-XHHY', '["mentale-gezondheid", "armoede", "onderwijs"]'),
		(31, 'RANG-3FNE', '["zorg", "mentale-gezondheid", "meedoen"]'),
		(32, 'RANG-J44Y', '["zorg", "mentale-gezondheid", "armoede"]'),
		(33, 'RANG-CX7T', '["discriminatie", "onderwijs", "meedoen"]'),
		(34, 'RANG-G9AF', '["armoede", "mentale-gezondheid", "discriminatie"]'),
		(35, 'RANG-78KT', '["discriminatie", "onderwijs", "meedoen"]'),
		(36, 'RANG-84JR', '["asiel", "uitbuiting", "discriminatie"]'),
		(37, 'RANG-KUFU', '["mentale-gezondheid", "armoede", "onderwijs"]'),
		(38, 'RANG-GEU3', '["discriminatie", "onderwijs", "meedoen"]'),
		(39, 'RANG-AP8A', '["mentale-gezondheid", "discriminatie", "zorg"]'),
		(40, 'RANG-RJFP', '["mentale-gezondheid", "discriminatie", "zorg"]')
),
round as (
	select r.id, r.opens_at from public.vote_rounds r where r.id = '00000000-0000-4000-8000-000000006002'
),
issued as (
	insert into public.ballots (round_id, code_hash, created_at, used_at)
	select
		round.id, private.ballot_code_hash(private.ballot_code_key(c.code)),
		round.opens_at - interval '1 day', round.opens_at + c.n * interval '3 hours' + interval '1 minute'
	from cast_ballots c, round
	returning id, code_hash
)
insert into public.votes (id, ballot_id, round_id, ballot, content_hash, cast_at, received_at)
select
	('00000000-0000-4000-8000-0000000620' || lpad(c.n::text, 2, '0'))::uuid,
	i.id,
	round.id,
	jsonb_build_object('ranking', c.ranking::jsonb),
	private.vote_content_hash(round.id, i.id, jsonb_build_object('ranking', c.ranking::jsonb)),
	round.opens_at + c.n * interval '3 hours',
	round.opens_at + c.n * interval '3 hours' + interval '1 minute'
from cast_ballots c
cross join round
join issued i on i.code_hash = private.ballot_code_hash(private.ballot_code_key(c.code));
