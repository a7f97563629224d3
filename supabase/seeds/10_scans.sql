-- Demo rights scans (design §4 "Demo data"): Demodorp's open DEMO01, its closed and published
-- DEMO02 with synthetic answers, its draft DEMO03, and Voorbeeldstad's open VBS001.
-- Local stack and `supabase start` only, never production.

-- ---------------------------------------------------------------- scans
insert into public.scans (
	id, municipality_id, title, join_code, age_bands, opens_at, closes_at, status, created_by
)
values
	(
		'00000000-0000-4000-8000-0000000de001', '00000000-0000-4000-8000-000000009999',
		$t${
			"nl": "Hoe is het om op te groeien in Demodorp?",
			"en": "What is it like to grow up in Demodorp?",
			"ar": "كيف هي الحياة للأطفال والشباب في ديمودورب؟",
			"uk": "Як це — рости в Демодорпі?",
			"tr": "Demodorp'ta büyümek nasıl bir şey?",
			"pl": "Jak się dorasta w Demodorpie?"
		}$t$,
		'DEMO01', array['8-11', '12-15', '16-18', 'parent'], now(), now() + interval '60 days', 'open',
		'00000000-0000-4000-8000-000000000001'
	),
	-- open while its answers are stored below, then closed and published
	(
		'00000000-0000-4000-8000-0000000de002', '00000000-0000-4000-8000-000000009999',
		$t${
			"nl": "Kinderrechtenscan Demodorp – vorige ronde",
			"en": "Children's rights scan Demodorp – previous round",
			"ar": "استطلاع حقوق الطفل في ديمودورب – الجولة السابقة",
			"uk": "Опитування про права дітей у Демодорпі – попередній етап",
			"tr": "Demodorp çocuk hakları taraması – önceki tur",
			"pl": "Badanie praw dziecka w Demodorpie – poprzednia runda"
		}$t$,
		'DEMO02', array['8-11', '12-15', '16-18', 'parent'], now() - interval '70 days',
		now() + interval '1 day', 'open', '00000000-0000-4000-8000-000000000001'
	),
	(
		'00000000-0000-4000-8000-0000000de003', '00000000-0000-4000-8000-000000009999',
		'{"nl": "Jongerenscan 12–18 (in voorbereiding)", "en": "Youth scan 12–18 (in preparation)"}',
		'DEMO03', array['12-15', '16-18'], now() + interval '14 days', now() + interval '45 days', 'draft',
		'00000000-0000-4000-8000-000000000002'
	),
	(
		'00000000-0000-4000-8000-00000000b001', '00000000-0000-4000-8000-000000009998',
		$t${
			"nl": "Kinderrechtenscan Voorbeeldstad",
			"en": "Children's rights scan Voorbeeldstad",
			"ar": "استطلاع حقوق الطفل في فوربيلدستاد",
			"uk": "Опитування про права дітей у Ворбелдстаді",
			"tr": "Voorbeeldstad çocuk hakları taraması",
			"pl": "Badanie praw dziecka w Voorbeeldstad"
		}$t$,
		'VBS001', array['8-11', '12-15', '16-18'], now() - interval '5 days', now() + interval '30 days',
		'open', '00000000-0000-4000-8000-000000000004'
	);

-- ---------------------------------------------------------------- scan questions
insert into public.scan_questions (scan_id, question_id, position)
select s.scan_id::uuid, q.question_id, q.position::int
from (values
	('00000000-0000-4000-8000-0000000de001', array[
		'meedoen_thuis_gehoord', 'meedoen_school_meepraten', 'discriminatie_buitengesloten_gezien',
		'zorg_hulp_weten', 'zorg_dokter_luistert', 'mentaal_goed_voelen', 'mentaal_wat_helpt',
		'armoede_club_voor_iedereen', 'onderwijs_veilig', 'onderwijs_extra_hulp', 'asiel_welkom',
		'uitbuiting_online_druk', 'jeugdstrafrecht_nieuwe_kans', 'jeugdstrategie_eerst_aanpakken',
		'jeugdstrategie_open_vraag'
	]),
	('00000000-0000-4000-8000-0000000de002', array[
		'meedoen_thuis_gehoord', 'meedoen_gemeente_gevraagd', 'meedoen_onderwerpen',
		'discriminatie_eerlijk_school', 'discriminatie_buitengesloten_gezien', 'zorg_hulp_weten',
		'zorg_snel_hulp', 'mentaal_goed_voelen', 'mentaal_sociale_media', 'armoede_club_voor_iedereen',
		'armoede_wat_elk_kind_nodig_heeft', 'onderwijs_veilig', 'onderwijs_kinderrechten_geleerd',
		'asiel_welkom', 'uitbuiting_online_druk', 'jeugdstrafrecht_leeftijd', 'jeugdstrafrecht_advocaat',
		'jeugdstrategie_gemeente_denkt_na', 'jeugdstrategie_eerst_aanpakken', 'jeugdstrategie_open_vraag'
	]),
	('00000000-0000-4000-8000-0000000de003', array[
		'meedoen_serieus_genomen', 'mentaal_sociale_media', 'mentaal_hulp_somber', 'uitbuiting_snel_geld',
		'jeugdstrafrecht_politie_eerlijk', 'jeugdstrategie_samenwerken', 'jeugdstrategie_open_vraag'
	]),
	('00000000-0000-4000-8000-00000000b001', array[
		'meedoen_thuis_gehoord', 'discriminatie_buurt_erbij', 'zorg_kindertelefoon', 'mentaal_druk_school',
		'armoede_schooluitjes', 'onderwijs_nuttig_leren', 'jeugdstrategie_rechten_kennen',
		'jeugdstrategie_meedenken'
	])
) as s (scan_id, question_ids)
cross join lateral unnest(s.question_ids) with ordinality as q (question_id, position);

-- ---------------------------------------------------------------- DEMO02: 322 synthetic respondents
-- Deterministic (a hash of respondent and question, not random()), stored through
-- private.submit_responses so that every counter matches the raw answers. Groups are uneven on
-- purpose, so results show suppression: 138 aged 8-11, 163 aged 12-15, only 9 aged 16-18 and 12
-- parents (who skip more often), and some rare answers.
create function pg_temp.demo_random(p_key text)
returns double precision
language sql immutable
as $$
	select ('x0' || substr(md5(p_key), 1, 7))::bit(32)::int / 268435456.0
$$;

-- Index (1-based) of the weight that `p_u` in [0, 1) falls under.
create function pg_temp.demo_pick(p_weights double precision[], p_u double precision)
returns int
language sql immutable
as $$
	select coalesce(min(i), cardinality(p_weights))::int
	from (
		select i, sum(w) over (order by i) / sum(w) over () as upto
		from unnest(p_weights) with ordinality as t (w, i)
	) as c
	where c.upto > p_u
$$;

do $$
declare
	v_batch jsonb;
	v_not_stored int;
begin
	with respondent as (
		select
			r,
			case when r <= 138 then 1 when r <= 301 then 2 when r <= 310 then 3 else 4 end as band_no,
			(array['nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl',
				'nl', 'en', 'ar', 'tr', 'uk', 'pl'])[1 + floor(pg_temp.demo_random('locale' || r) * 21)::int]
				as locale
		from generate_series(1, 322) as r
	),
	-- per question and band (8-11, 12-15, 16-18, parent): smiley5 the mean; yes_no_unsure the share
	-- of yes and of no; choice a weight and multi a chance per option (one row per band)
	tendency (question_id, a, b) as (
		values
			('meedoen_thuis_gehoord', array[4.0, 3.5, 3.4, 4.2]::float8[], null::float8[]),
			('meedoen_gemeente_gevraagd', array[0.12, 0.2, 0.3, 0.15], array[0.62, 0.6, 0.55, 0.7]),
			('meedoen_onderwerpen', array[
				[0.62, 0.3, 0.28, 0.45, 0.3, 0.04, 0.1], [0.25, 0.42, 0.32, 0.5, 0.22, 0.07, 0.18],
				[0.08, 0.45, 0.35, 0.4, 0.3, 0.25, 0.25], [0.35, 0.5, 0.55, 0.3, 0.2, 0.3, 0.25]
			], null),
			('discriminatie_eerlijk_school', array[3.7, 3.2, 3.1, 3.5], null),
			('discriminatie_buitengesloten_gezien', array[0.42, 0.55, 0.62, 0.38], array[0.38, 0.3, 0.25, 0.45]),
			('zorg_hulp_weten', array[0.6, 0.58, 0.66, 0.72], array[0.2, 0.25, 0.2, 0.12]),
			('zorg_snel_hulp', array[3.3, 2.9, 2.6, 2.3], null),
			('mentaal_goed_voelen', array[4.1, 3.4, 3.2, 3.7], null),
			('mentaal_sociale_media', array[3.0, 3.1, 3.3, 3.9], null),
			('armoede_club_voor_iedereen', array[3.6, 3.1, 2.9, 2.7], null),
			('armoede_wat_elk_kind_nodig_heeft', array[
				[0.7, 0.65, 0.45, 0.38, 0.3, 0.3, 0.2], [0.68, 0.72, 0.5, 0.3, 0.4, 0.15, 0.4],
				[0.7, 0.8, 0.55, 0.25, 0.4, 0.1, 0.5], [0.8, 0.85, 0.6, 0.45, 0.5, 0.2, 0.35]
			], null),
			('onderwijs_veilig', array[4.3, 3.8, 3.9, 4.0], null),
			('onderwijs_kinderrechten_geleerd', array[0.55, 0.42, 0.35, 0.3], array[0.2, 0.35, 0.45, 0.35]),
			('asiel_welkom', array[3.6, 3.1, 3.0, 3.2], null),
			('uitbuiting_online_druk', array[3.0, 3.4, 3.7, 3.0], null),
			('jeugdstrafrecht_leeftijd', array[
				[0.1, 0.2, 0.3, 0.2, 0.2], [0.06, 0.22, 0.3, 0.2, 0.22],
				[0.1, 0.3, 0.32, 0.18, 0.1], [0.12, 0.38, 0.28, 0.12, 0.1]
			], null),
			('jeugdstrafrecht_advocaat', array[0.7, 0.7, 0.7, 0.7], array[0.1, 0.1, 0.1, 0.1]),
			('jeugdstrategie_gemeente_denkt_na', array[3.2, 2.7, 2.5, 2.8], null),
			('jeugdstrategie_eerst_aanpakken', array[
				[0.14, 0.2, 0.1, 0.24, 0.06, 0.26], [0.16, 0.3, 0.1, 0.14, 0.08, 0.22],
				[0.2, 0.3, 0.15, 0.12, 0.13, 0.1], [0.12, 0.22, 0.2, 0.1, 0.18, 0.18]
			], null)
	),
	idea (i, body) as (
		values
			(1, 'Meer plekken om te sporten en te chillen, ook voor oudere kinderen.'),
			(2, 'Veiligere fietspaden naar school.'),
			(3, 'Een jongerencentrum dat ook in het weekend open is.'),
			(4, 'Dat kinderen vaker mogen meepraten, niet alleen volwassenen.'),
			(5, 'Goedkopere sportclubs, zodat iedereen mee kan doen.'),
			(6, 'Meer hulp op school als het thuis niet goed gaat.'),
			(7, 'Schonere speeltuinen met schaduw.'),
			(8, 'Sneller hulp als je je lang somber voelt.'),
			(9, 'Vaker een bus in de avond.'),
			(10, 'Meer bomen en groen in de wijk.')
	),
	asked as (
		select
			p.r,
			p.band_no,
			q.id as question_id,
			q.kind,
			q.options,
			t.a,
			t.b,
			p.r || ':' || q.id as k
		from respondent p
		join public.scan_questions sq on sq.scan_id = '00000000-0000-4000-8000-0000000de002'
		join public.questions q on q.id = sq.question_id
		left join tendency t on t.question_id = q.id
		where (array['8-11', '12-15', '16-18', 'parent'])[p.band_no] = any (q.age_bands)
			-- "Wil ik niet zeggen": parents skip more, and an asylum question more than others
			and pg_temp.demo_random(p.r || ':' || q.id || ':skip') >=
				case when p.band_no = 4 then 0.22 else 0.04 end
					+ case when q.id = 'asiel_welkom' then 0.08 else 0 end
	),
	answer as (
		select a.r, a.question_id, case a.kind
			when 'smiley5' then jsonb_build_object('question_id', a.question_id, 'value', (greatest(1, least(5, round(
				a.a[a.band_no]
				+ 2.4 * (pg_temp.demo_random(a.k || ':1') + pg_temp.demo_random(a.k || ':2') - 1)
			))))::int::text)
			when 'yes_no_unsure' then jsonb_build_object('question_id', a.question_id, 'value', (
				array['yes', 'no', 'unsure'])[pg_temp.demo_pick(
					array[a.a[a.band_no], a.b[a.band_no], 1 - a.a[a.band_no] - a.b[a.band_no]],
					pg_temp.demo_random(a.k)
				)])
			when 'choice' then jsonb_build_object('question_id', a.question_id, 'value', a.options -> (
				pg_temp.demo_pick(a.a[a.band_no:a.band_no][:], pg_temp.demo_random(a.k)) - 1
			) -> 'value')
			when 'multi' then (
				select jsonb_build_object('question_id', a.question_id, 'value', jsonb_agg(o.e -> 'value' order by o.i))
				from jsonb_array_elements(a.options) with ordinality as o (e, i)
				where pg_temp.demo_random(a.k || ':' || o.i) < a.a[a.band_no][o.i]
				having count(*) > 0
			)
			when 'text' then (
				select jsonb_build_object('question_id', a.question_id, 'text', d.body)
				from idea d
				where pg_temp.demo_random(a.k) < 0.12
					and d.i = 1 + floor(pg_temp.demo_random(a.k || ':idea') * 10)::int
			)
		end as answer
		from asked a
	),
	answers as (
		select x.r, jsonb_agg(x.answer order by x.question_id) as answers
		from answer x
		where x.answer is not null
		group by x.r
	)
	select jsonb_agg(
		jsonb_build_object(
			'id', md5('DEMO02 respondent ' || p.r)::uuid,
			'scan_id', '00000000-0000-4000-8000-0000000de002',
			'age_band', (array['8-11', '12-15', '16-18', 'parent'])[p.band_no],
			'locale', p.locale,
			'answered_at', now() - interval '69 days' + pg_temp.demo_random('when' || p.r) * interval '58 days',
			'answers', coalesce(x.answers, '[]'::jsonb)
		)
		order by p.r
	)
	into v_batch
	from respondent p
	left join answers x on x.r = p.r;

	select count(*) into v_not_stored
	from private.submit_responses(v_batch) as s
	where s.status <> 'stored';
	if v_not_stored > 0 then
		raise exception 'DEMO02 seed: % of % responses not stored', v_not_stored, jsonb_array_length(v_batch);
	end if;
end
$$;

drop function pg_temp.demo_pick(double precision[], double precision);

-- Arrived a little after they were given, then the scan closed and its results were published.
update public.responses
set received_at = answered_at + pg_temp.demo_random('received' || id) * interval '3 hours'
where scan_id = '00000000-0000-4000-8000-0000000de002';

drop function pg_temp.demo_random(text);

update public.scans
set
	status = 'published',
	closes_at = now() - interval '10 days',
	closed_at = now() - interval '10 days',
	published_at = now() - interval '8 days'
where id = '00000000-0000-4000-8000-0000000de002';
