-- "What we do with it" for DEMO02, and two more published scans that asked several of DEMO02's
-- questions, so its results can be compared (issue 5): Voorbeeldstad's VBS002 and PRF001 of a
-- third municipality, Proefstad. Local stack and `supabase start` only, never production.

-- ---------------------------------------------------------------- Proefstad
insert into public.municipalities (id, cbs_code, name) values
	('00000000-0000-4000-8000-000000009997', 'GM9997', 'Proefstad');

-- ---------------------------------------------------------------- two published scans
-- Open while their answers are stored through private.submit_responses (so every counter matches
-- the raw answers), then closed and published.
insert into public.scans (
	id, municipality_id, title, join_code, age_bands, opens_at, closes_at, status, created_by
)
values
	(
		'00000000-0000-4000-8000-00000000b002', '00000000-0000-4000-8000-000000009998',
		$t${
			"nl": "Kinderrechtenscan Voorbeeldstad – voorjaar",
			"en": "Children's rights scan Voorbeeldstad – spring",
			"ar": "استطلاع حقوق الطفل في فوربيلدستاد – الربيع"
		}$t$,
		'VBS002', array['8-11', '12-15', '16-18'], now() - interval '120 days', now() + interval '1 day',
		'open', '00000000-0000-4000-8000-000000000004'
	),
	(
		'00000000-0000-4000-8000-00000000c001', '00000000-0000-4000-8000-000000009997',
		$t${
			"nl": "Zo groei je op in Proefstad",
			"en": "Growing up in Proefstad",
			"ar": "هكذا تكبر في بروفستاد"
		}$t$,
		'PRF001', array['8-11', '12-15', '16-18', 'parent'], now() - interval '90 days', now() + interval '1 day',
		'open', null
	);

insert into public.scan_questions (scan_id, question_id, position)
select s.scan_id::uuid, q.question_id, q.position::int
from (values
	('00000000-0000-4000-8000-00000000b002', array[
		'meedoen_thuis_gehoord', 'meedoen_gemeente_gevraagd', 'discriminatie_buitengesloten_gezien',
		'zorg_hulp_weten', 'mentaal_goed_voelen', 'armoede_club_voor_iedereen',
		'armoede_wat_elk_kind_nodig_heeft', 'onderwijs_veilig', 'jeugdstrategie_eerst_aanpakken'
	]),
	('00000000-0000-4000-8000-00000000c001', array[
		'meedoen_thuis_gehoord', 'meedoen_gemeente_gevraagd', 'zorg_hulp_weten', 'zorg_snel_hulp',
		'mentaal_goed_voelen', 'armoede_club_voor_iedereen', 'onderwijs_veilig',
		'jeugdstrategie_gemeente_denkt_na', 'jeugdstrategie_eerst_aanpakken'
	])
) as s (scan_id, question_ids)
cross join lateral unnest(s.question_ids) with ordinality as q (question_id, position);

-- Deterministic "random" numbers: a hash of a key, in [0, 1).
create function pg_temp.seed_random(p_key text)
returns double precision
language sql immutable
as $$
	select ('x0' || substr(md5(p_key), 1, 7))::bit(32)::int / 268435456.0
$$;

-- Respondents per band, and per question a tendency that differs a little from scan to scan:
-- smiley5 a mean; yes_no_unsure the share of yes and of no; choice a weight and multi a chance per
-- option. Every question is answered by most, and skipped ("Wil ik niet zeggen") by a few.
do $$
declare
	v_scan record;
	v_batch jsonb;
	v_not_stored int;
begin
	for v_scan in
		select * from (values
			('00000000-0000-4000-8000-00000000b002'::uuid, 'VBS002', array[70, 95, 40, 0], 0.3),
			('00000000-0000-4000-8000-00000000c001'::uuid, 'PRF001', array[45, 60, 30, 25], -0.2)
		) as t (id, code, per_band, shift)
	loop
		with
		respondent as (
			select r, b.band_no
			from unnest(v_scan.per_band) with ordinality as b (n, band_no)
			cross join lateral generate_series(1, b.n) as r
		),
		asked as (
			select
				p.r,
				p.band_no,
				q.id as question_id,
				q.kind,
				q.options,
				v_scan.code || ':' || p.band_no || ':' || p.r || ':' || q.id as k
			from respondent p
			join public.scan_questions sq on sq.scan_id = v_scan.id
			join public.questions q on q.id = sq.question_id
			where (array['8-11', '12-15', '16-18', 'parent'])[p.band_no] = any (q.age_bands)
				and pg_temp.seed_random(v_scan.code || ':' || p.band_no || ':' || p.r || ':' || q.id || ':skip') >= 0.05
		),
		answer as (
			select a.r, a.band_no, case a.kind
				when 'smiley5' then jsonb_build_object('question_id', a.question_id, 'value', (greatest(1, least(5, round(
					3.5 + v_scan.shift - 0.25 * a.band_no
					+ 2.4 * (pg_temp.seed_random(a.k || ':1') + pg_temp.seed_random(a.k || ':2') - 1)
				))))::int::text)
				when 'yes_no_unsure' then jsonb_build_object('question_id', a.question_id, 'value', case
					when pg_temp.seed_random(a.k) < 0.3 + 0.1 * v_scan.shift + 0.05 * a.band_no then 'yes'
					when pg_temp.seed_random(a.k) < 0.75 then 'no'
					else 'unsure'
				end)
				when 'choice' then jsonb_build_object('question_id', a.question_id, 'value', a.options -> (
					floor(pg_temp.seed_random(a.k) * pg_temp.seed_random(a.k || ':w') * jsonb_array_length(a.options))::int
				) -> 'value')
				when 'multi' then (
					select jsonb_build_object('question_id', a.question_id, 'value', jsonb_agg(o.e -> 'value' order by o.i))
					from jsonb_array_elements(a.options) with ordinality as o (e, i)
					where pg_temp.seed_random(a.k || ':' || o.i) < 0.75 - 0.08 * o.i + 0.05 * a.band_no
					having count(*) > 0
				)
			end as answer
			from asked a
		),
		answers as (
			select x.r, x.band_no, jsonb_agg(x.answer order by x.answer ->> 'question_id') as answers
			from answer x
			where x.answer is not null
			group by x.r, x.band_no
		)
		select jsonb_agg(
			jsonb_build_object(
				'id', md5(v_scan.code || ' respondent ' || p.band_no || ':' || p.r)::uuid,
				'scan_id', v_scan.id,
				'age_band', (array['8-11', '12-15', '16-18', 'parent'])[p.band_no],
				'locale', (array['nl', 'nl', 'nl', 'nl', 'en', 'ar', 'tr', 'pl'])[
					1 + floor(pg_temp.seed_random(v_scan.code || 'locale' || p.band_no || ':' || p.r) * 8)::int
				],
				'answered_at', now() - interval '60 days'
					+ pg_temp.seed_random(v_scan.code || 'when' || p.band_no || ':' || p.r) * interval '40 days',
				'answers', coalesce(x.answers, '[]'::jsonb)
			)
			order by p.band_no, p.r
		)
		into v_batch
		from respondent p
		left join answers x on x.r = p.r and x.band_no = p.band_no;

		select count(*) into v_not_stored
		from private.submit_responses(v_batch) as s
		where s.status <> 'stored';
		if v_not_stored > 0 then
			raise exception '% seed: % of % responses not stored', v_scan.code, v_not_stored,
				jsonb_array_length(v_batch);
		end if;
	end loop;
end
$$;

update public.responses
set received_at = answered_at + pg_temp.seed_random('received' || id) * interval '2 hours'
where scan_id in ('00000000-0000-4000-8000-00000000b002', '00000000-0000-4000-8000-00000000c001');

drop function pg_temp.seed_random(text);

update public.scans
set
	status = 'published',
	closes_at = now() - interval '20 days',
	closed_at = now() - interval '20 days',
	published_at = now() - interval '14 days'
where id in ('00000000-0000-4000-8000-00000000b002', '00000000-0000-4000-8000-00000000c001');

-- ---------------------------------------------------------------- what Demodorp does with DEMO02
insert into public.feedback_posts (id, scan_id, theme, stage, body, published_at, created_by) values
	(
		'00000000-0000-4000-8000-0000000fb001', '00000000-0000-4000-8000-0000000de002', 'meedoen', 'plan',
		$b${
			"nl": "Veel van jullie zeiden dat de gemeente bijna nooit vraagt wat jullie vinden. Dat gaan we veranderen. Na de zomer start een jongerenraad van Demodorp: twaalf jongeren van 12 tot 18 jaar die twee keer per jaar met de wethouder praten over plannen voor de buurt, school en vrije tijd. Ook kinderen van 8 tot 11 jaar mogen meedoen, met een eigen kinderpanel op school. Wil je meedoen? In september hangen er posters op alle scholen.",
			"en": "Many of you said the municipality hardly ever asks what you think. We are going to change that. After the summer, Demodorp starts a youth council: twelve young people aged 12 to 18 who meet the alderman twice a year about plans for the neighbourhood, school and free time. Children aged 8 to 11 can take part too, with their own children's panel at school. Want to join? In September there will be posters at every school."
		}$b$,
		now() - interval '6 days', '00000000-0000-4000-8000-000000000002'
	),
	(
		'00000000-0000-4000-8000-0000000fb002', '00000000-0000-4000-8000-0000000de002',
		'mentale-gezondheid', 'plan',
		$b${
			"nl": "Jongeren van 12 tot 15 jaar voelen zich minder vaak goed dan jongere kinderen. Dat nemen we serieus. Vanaf maart is er elke woensdagmiddag een jongerenwerker op het Demodorp College, bij wie je zonder afspraak binnen kunt lopen. Ook komt er op de website van de gemeente één plek waar je ziet waar je terecht kunt als je je somber of gestrest voelt, met het nummer van De Kindertelefoon erbij.",
			"en": "Young people aged 12 to 15 feel good less often than younger children. We take that seriously. From March, a youth worker will be at Demodorp College every Wednesday afternoon, and you can walk in without an appointment. The municipality's website will also get one page showing where you can go when you feel down or stressed, with the number of De Kindertelefoon."
		}$b$,
		now() - interval '5 days', '00000000-0000-4000-8000-000000000002'
	),
	(
		'00000000-0000-4000-8000-0000000fb003', '00000000-0000-4000-8000-0000000de002', 'armoede', 'done',
		$b${
			"nl": "Jullie vonden niet dat elke club voor iedereen te betalen is. Daarom hebben we afgesproken dat het Jeugdfonds Sport & Cultuur voortaan de contributie en spullen betaalt voor elk kind in Demodorp van wie de ouders weinig geld hebben. Alle scholen en sportclubs weten dit nu, en je juf, meester of mentor kan het voor je aanvragen. Het afgelopen half jaar konden zo al 64 kinderen op sport, muziek of dans.",
			"en": "You told us that not every club is affordable for everyone. So we agreed that the Youth Fund for Sport & Culture now pays the fees and gear for every child in Demodorp whose parents have little money. All schools and sports clubs now know this, and your teacher or mentor can apply for you. In the past six months, 64 children could join sport, music or dance this way."
		}$b$,
		now() - interval '2 days', '00000000-0000-4000-8000-000000000002'
	);
