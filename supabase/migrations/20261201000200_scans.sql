-- Rights scans: a municipality's selection of bank questions, the anonymous responses to it, and
-- the counters results are read from (issue 4; design §4, §5, §6).
--
-- Clients never touch responses, answers or counters directly: young people go through get_scan and
-- submit_responses, staff through the staff RPCs and read-only selects on their own scans.
-- Every function revokes PUBLIC's execute itself, whatever default privileges are in force.

-- ---------------------------------------------------------------- join codes
-- Codes are typed by children: case, spaces, dashes and look-alike letters must not matter.
create function private.join_key(code text)
returns text
language sql immutable parallel safe
set search_path = ''
as $$
	select pg_catalog.translate(
		pg_catalog.regexp_replace(pg_catalog.upper(code), '[^A-Z0-9]', '', 'g'),
		'OIL',
		'011'
	)
$$;
revoke all on function private.join_key(text) from public;
grant execute on function private.join_key(text) to service_role;

-- ---------------------------------------------------------------- answer options
-- The fixed scales of smiley5 and yes_no_unsure questions; choice and multi bring their own options.
create function private.question_options(p_kind text, p_options jsonb)
returns jsonb
language sql immutable parallel safe
set search_path = ''
as $$
	select case p_kind
		when 'smiley5' then $o$[
			{"value": "1", "label": {"nl": "Helemaal niet mee eens", "en": "Strongly disagree", "ar": "لا أوافق أبدًا", "uk": "Зовсім не погоджуюся", "tr": "Hiç katılmıyorum", "pl": "Zdecydowanie się nie zgadzam"}},
			{"value": "2", "label": {"nl": "Niet mee eens", "en": "Disagree", "ar": "لا أوافق", "uk": "Не погоджуюся", "tr": "Katılmıyorum", "pl": "Nie zgadzam się"}},
			{"value": "3", "label": {"nl": "Ertussenin", "en": "In between", "ar": "بين بين", "uk": "Щось посередині", "tr": "Kararsızım", "pl": "Ani tak, ani nie"}},
			{"value": "4", "label": {"nl": "Mee eens", "en": "Agree", "ar": "أوافق", "uk": "Погоджуюся", "tr": "Katılıyorum", "pl": "Zgadzam się"}},
			{"value": "5", "label": {"nl": "Helemaal mee eens", "en": "Strongly agree", "ar": "أوافق تمامًا", "uk": "Повністю погоджуюся", "tr": "Tamamen katılıyorum", "pl": "Zdecydowanie się zgadzam"}}
		]$o$::jsonb
		when 'yes_no_unsure' then $o$[
			{"value": "yes", "label": {"nl": "Ja", "en": "Yes", "ar": "نعم", "uk": "Так", "tr": "Evet", "pl": "Tak"}},
			{"value": "no", "label": {"nl": "Nee", "en": "No", "ar": "لا", "uk": "Ні", "tr": "Hayır", "pl": "Nie"}},
			{"value": "unsure", "label": {"nl": "Weet ik niet", "en": "Not sure", "ar": "لا أعرف", "uk": "Не знаю", "tr": "Emin değilim", "pl": "Nie wiem"}}
		]$o$::jsonb
		when 'text' then '[]'::jsonb
		else p_options
	end
$$;
revoke all on function private.question_options(text, jsonb) from public;

-- ---------------------------------------------------------------- scans
create table public.scans (
	id uuid primary key default gen_random_uuid(),
	municipality_id uuid not null references public.municipalities (id) on delete cascade,
	title jsonb not null check (
		jsonb_typeof(title) = 'object'
		and jsonb_typeof(title -> 'nl') = 'string'
		and btrim(title ->> 'nl') <> ''
	),
	join_code text not null check (join_code ~ '^[A-Z0-9]{4,12}$'),
	join_key text generated always as (private.join_key(join_code)) stored unique,
	age_bands text[] not null check (
		cardinality(age_bands) > 0 and age_bands <@ array['8-11', '12-15', '16-18', 'parent']
	),
	opens_at timestamptz,
	closes_at timestamptz,
	status text not null default 'draft' check (status in ('draft', 'open', 'closed', 'published')),
	k_min int not null default 10 check (k_min >= 10),
	-- Answers given while open that reach us this long after closing still count (offline schools).
	grace_period interval not null default interval '7 days' check (grace_period >= interval '0'),
	created_by uuid references auth.users (id) on delete set null,
	created_at timestamptz not null default now(),
	closed_at timestamptz,
	published_at timestamptz,
	check (opens_at is null or closes_at is null or opens_at < closes_at)
);
alter table public.scans enable row level security;
revoke all on public.scans from anon, authenticated;
grant select on public.scans to authenticated;
create index scans_municipality_idx on public.scans (municipality_id);

create policy "Members see the scans of their municipality" on public.scans
	for select to authenticated
	using ((select private.has_role(municipality_id, 'viewer')));

-- ---------------------------------------------------------------- scan questions
create table public.scan_questions (
	scan_id uuid not null references public.scans (id) on delete cascade,
	question_id text not null references public.questions (id),
	position int not null,
	primary key (scan_id, question_id),
	unique (scan_id, position)
);
alter table public.scan_questions enable row level security;
revoke all on public.scan_questions from anon, authenticated;
grant select on public.scan_questions to authenticated;
create index scan_questions_question_idx on public.scan_questions (question_id);

create policy "Members see the questions of their municipality's scans" on public.scan_questions
	for select to authenticated
	using (
		exists (
			select 1 from public.scans s
			where s.id = scan_id and (select private.has_role(s.municipality_id, 'viewer'))
		)
	);

-- ---------------------------------------------------------------- responses and answers
-- Only age band and locale are stored with a response (design §6): no device, no account.
create table public.responses (
	id uuid primary key,
	scan_id uuid not null references public.scans (id) on delete cascade,
	age_band text not null check (age_band in ('8-11', '12-15', '16-18', 'parent')),
	locale text not null check (locale in ('nl', 'en', 'ar', 'uk', 'tr', 'pl')),
	answered_at timestamptz not null,
	received_at timestamptz not null default now(),
	-- sha256 of the canonical item, to tell an identical resend (duplicate) from a conflict
	content_hash text not null
);
alter table public.responses enable row level security;
revoke all on public.responses from anon, authenticated;
create index responses_scan_received_idx on public.responses (scan_id, received_at);

-- multi: one row per chosen value.
-- No foreign key to responses: checked row by row, it cost more than storing the rows (a batch of
-- 250 scans brings some 10,000 answers). Answers are written only by private.store_responses, in
-- the statement after the one that inserted their response, in the same transaction; the triggers
-- below remove them with their response, as `on delete cascade` did.
create table public.answers (
	response_id uuid not null,
	question_id text not null,
	value text not null,
	primary key (response_id, question_id, value)
);
alter table public.answers enable row level security;
revoke all on public.answers from anon, authenticated;

create function private.delete_answers()
returns trigger
language plpgsql volatile security definer
set search_path = ''
as $$
begin
	delete from public.answers a using old_responses o where a.response_id = o.id;
	return null;
end
$$;
revoke all on function private.delete_answers() from public;

create trigger responses_delete_answers
	after delete on public.responses
	referencing old table as old_responses
	for each statement execute function private.delete_answers();

create function private.truncate_answers()
returns trigger
language plpgsql volatile security definer
set search_path = ''
as $$
begin
	truncate public.answers;
	return null;
end
$$;
revoke all on function private.truncate_answers() from public;

create trigger responses_truncate_answers
	after truncate on public.responses
	for each statement execute function private.truncate_answers();

-- Never public; admins of the municipality only.
create table public.free_texts (
	response_id uuid not null references public.responses (id) on delete cascade,
	question_id text not null,
	body text not null check (char_length(body) between 1 and 500),
	primary key (response_id, question_id)
);
alter table public.free_texts enable row level security;
revoke all on public.free_texts from anon, authenticated;
grant select on public.free_texts to authenticated;

-- Policies run as the caller, who cannot read responses: this looks the municipality up for them.
create function private.response_municipality_id(p_response_id uuid)
returns uuid
language sql stable security definer
set search_path = ''
as $$
	select s.municipality_id
	from public.responses r
	join public.scans s on s.id = r.scan_id
	where r.id = p_response_id
$$;
revoke all on function private.response_municipality_id(uuid) from public;
grant execute on function private.response_municipality_id(uuid) to authenticated, service_role;

create policy "Admins read the free texts of their municipality's scans" on public.free_texts
	for select to authenticated
	using (private.has_role(private.response_municipality_id(response_id), 'admin'));

-- ---------------------------------------------------------------- counters
-- Kept current by submit_responses in the same transaction; results read these, never raw answers.
create table public.answer_counts (
	scan_id uuid not null references public.scans (id) on delete cascade,
	question_id text not null,
	age_band text not null,
	value text not null,
	n int not null,
	primary key (scan_id, question_id, age_band, value)
);
alter table public.answer_counts enable row level security;
revoke all on public.answer_counts from anon, authenticated;

-- Respondents who answered the question (a multi question once), text questions too.
create table public.question_counts (
	scan_id uuid not null references public.scans (id) on delete cascade,
	question_id text not null,
	age_band text not null,
	n int not null,
	primary key (scan_id, question_id, age_band)
);
alter table public.question_counts enable row level security;
revoke all on public.question_counts from anon, authenticated;

create table public.response_counts (
	scan_id uuid not null references public.scans (id) on delete cascade,
	age_band text not null,
	n int not null,
	primary key (scan_id, age_band)
);
alter table public.response_counts enable row level security;
revoke all on public.response_counts from anon, authenticated;

-- ---------------------------------------------------------------- get_scan
-- Everything a device needs to answer the scan offline: every question in every locale.
create function private.get_scan(p_join_code text)
returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	v_scan public.scans;
	v_result jsonb;
begin
	select s.* into v_scan
	from public.scans s
	where s.join_key = private.join_key(p_join_code) and private.join_key(p_join_code) <> '';
	if not found then
		raise exception using errcode = 'PT404', message = 'scan_not_found', hint = 'scan_not_found';
	end if;
	if v_scan.status <> 'open'
		or v_scan.opens_at > now()
		or v_scan.closes_at <= now()
	then
		raise exception using errcode = 'PT409', message = 'scan_not_open', hint = 'scan_not_open';
	end if;

	select jsonb_build_object(
		'id', v_scan.id,
		'join_code', v_scan.join_code,
		'title', v_scan.title,
		'municipality', jsonb_build_object('name', m.name, 'cbs_code', m.cbs_code),
		'opens_at', v_scan.opens_at,
		'closes_at', v_scan.closes_at,
		'status', v_scan.status,
		'age_bands', to_jsonb(v_scan.age_bands),
		'questions', coalesce((
			select jsonb_agg(
				jsonb_build_object(
					'id', q.id,
					'theme', q.theme,
					'crc_articles', to_jsonb(q.crc_articles),
					'kind', q.kind,
					'text', q.text,
					'parent_text', case when 'parent' = any (v_scan.age_bands) then q.parent_text end,
					-- the scan's bands this question is asked to
					'age_bands', to_jsonb(array(
						select b from unnest(v_scan.age_bands) as b where b = any (q.age_bands)
					)),
					'options', private.question_options(q.kind, q.options)
				)
				order by sq.position
			)
			from public.scan_questions sq
			join public.questions q on q.id = sq.question_id
			where sq.scan_id = v_scan.id
		), '[]'::jsonb)
	)
	into v_result
	from public.municipalities m
	where m.id = v_scan.municipality_id;
	return v_result;
end
$$;
revoke all on function private.get_scan(text) from public;
grant execute on function private.get_scan(text) to anon, authenticated, service_role;

create function public.get_scan(p_join_code text)
returns jsonb
language sql stable
set search_path = ''
as $$
	select private.get_scan(p_join_code)
$$;
revoke all on function public.get_scan(text) from public, anon, authenticated;
grant execute on function public.get_scan(text) to anon, authenticated, service_role;

-- ---------------------------------------------------------------- submit_responses
-- ISO 8601 with a time zone only: a bare local time would depend on the server's zone.
create function private.parse_timestamptz(p_value jsonb)
returns timestamptz
language plpgsql stable
set search_path = ''
as $$
begin
	if p_value is null or jsonb_typeof(p_value) <> 'string' or (p_value #>> '{}') !~
		'^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}(:?\d{2})?)$'
	then
		return null;
	end if;
	return (p_value #>> '{}')::timestamptz;
exception when data_exception then
	return null;
end
$$;
revoke all on function private.parse_timestamptz(jsonb) from public;

-- One item of a batch on its way through submit_responses: what it holds once checked, and what
-- became of it.
create type private.response_item as (
	-- position in the batch
	ord int,
	-- null when the item has no valid id
	id uuid,
	scan_id uuid,
	age_band text,
	locale text,
	answered_at timestamptz,
	content_hash text,
	-- what is stored of its answers: single values, the options chosen in multi answers (once
	-- each), and free texts, trimmed. A skipped question (an empty multi answer, a blank text)
	-- is in none of them.
	answer_questions text[],
	answer_values text[],
	multi_questions text[],
	multi_values jsonb[],
	text_questions text[],
	text_bodies text[],
	-- stored | duplicate | rejected; 'candidate' while the item waits to be stored
	status text,
	reason text
);

-- Checks and stores a batch with one statement per step instead of one per item: parse and judge
-- every item, insert the responses that may be stored (the primary key decides between copies of
-- one id, also across concurrent requests), then their answers and free texts. Returns one item
-- per batch item, in input order; the counters are left to submit_responses.
--
-- What an item gets, most basic problem first: invalid_item (shape, types, a question twice);
-- duplicate or conflict when its id was stored before (earlier in the batch or by an earlier
-- request); scan_not_found, scan_closed, age_band_not_allowed, unknown_question,
-- value_out_of_range, text_too_long; else stored.
create function private.store_responses(p_batch jsonb)
returns private.response_item[]
language plpgsql volatile
set search_path = ''
as $$
declare
	v_items private.response_item[];
	v_inserted uuid[];
begin
	-- ---- parse and judge every item at once ("offset 0" keeps each expression from being
	-- computed again wherever an outer level uses its result)
	v_items := array(
		with item as (
			select
				t.ord::int as ord,
				case when jsonb_typeof(t.e) = 'object' then t.e end as e
			from jsonb_array_elements(p_batch) with ordinality as t (e, ord)
		),
		field as (
			select
				i.ord,
				case
					when jsonb_typeof(i.e -> 'id') = 'string'
						and (i.e ->> 'id') ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
					then (i.e ->> 'id')::uuid
				end as id,
				case
					when jsonb_typeof(i.e -> 'scan_id') = 'string'
						and (i.e ->> 'scan_id') ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
					then (i.e ->> 'scan_id')::uuid
				end as scan_id,
				case when jsonb_typeof(i.e -> 'age_band') = 'string' then i.e ->> 'age_band' end as age_band,
				case
					when (i.e ->> 'locale') in ('nl', 'en', 'ar', 'uk', 'tr', 'pl')
						and jsonb_typeof(i.e -> 'locale') = 'string'
					then i.e ->> 'locale'
				end as locale,
				-- The usual form (JavaScript's toISOString) with every field in range is cast
				-- directly; anything else goes to parse_timestamptz, which catches what the cast
				-- refuses.
				case
					when i.e is null then null
					when jsonb_typeof(i.e -> 'answered_at') = 'string' and (i.e ->> 'answered_at') ~
						'^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,9})?)?([Zz]|[+-](0[0-9]|1[0-4])(:?[0-5][0-9])?)$'
					then case
						when substr(i.e ->> 'answered_at', 1, 4)::int >= 1
							and substr(i.e ->> 'answered_at', 9, 2)::int
								<= case substr(i.e ->> 'answered_at', 6, 2)::int
									when 2 then case
										when substr(i.e ->> 'answered_at', 1, 4)::int % 4 = 0
											and (substr(i.e ->> 'answered_at', 1, 4)::int % 100 <> 0
												or substr(i.e ->> 'answered_at', 1, 4)::int % 400 = 0)
										then 29
										else 28
									end
									when 4 then 30
									when 6 then 30
									when 9 then 30
									when 11 then 30
									else 31
								end
						then (i.e ->> 'answered_at')::timestamptz
						else private.parse_timestamptz(i.e -> 'answered_at')
					end
					else private.parse_timestamptz(i.e -> 'answered_at')
				end as answered_at,
				i.e -> 'answers' as answers
			from item i
			offset 0
		),
		checked as materialized (
			select
				f.*,
				coalesce(
					f.id is not null and f.scan_id is not null and f.age_band is not null
						and f.locale is not null and f.answered_at is not null
						and f.answered_at <= now() + interval '1 day'
						and jsonb_typeof(f.answers) = 'array',
					false
				) as well_formed
			from field f
		),
		scan as materialized (
			select
				s.id,
				s.status,
				s.opens_at,
				s.age_bands,
				s.grace_period,
				-- The scan stopped taking answers at the earlier of its planned and its actual end.
				case when s.status = 'open' then s.closes_at else least(s.closed_at, s.closes_at) end
					as close_at
			from public.scans s
			where s.id in (select c.scan_id from checked c where c.well_formed)
		),
		question as materialized (
			select
				sq.scan_id,
				q.id,
				q.kind,
				q.age_bands,
				(
					select coalesce(jsonb_agg(o -> 'value'), '[]'::jsonb)
					from jsonb_array_elements(private.question_options(q.kind, q.options)) as o
				) as options
			from public.scan_questions sq
			join public.questions q on q.id = sq.question_id
			where sq.scan_id in (select s.id from scan s)
		),
		judged as (
			select
				c.ord,
				c.id,
				c.scan_id,
				c.age_band,
				c.locale,
				c.answered_at,
				x.canon,
				x.answer_questions,
				x.answer_values,
				x.multi_questions,
				x.multi_values,
				x.text_questions,
				x.text_bodies,
				-- no question twice: the canonical object holds each question once
				c.well_formed and x.ok
					and (select count(*) from jsonb_object_keys(x.canon)) = x.n as valid,
				case
					when s.id is null then 'scan_not_found'
					when s.status = 'draft' then 'scan_closed'
					when s.status = 'open' and s.opens_at > now() then 'scan_closed'
					when s.close_at is null and s.status = 'open' then null
					when s.close_at is null then 'scan_closed'
					when now() < s.close_at then null
					when c.answered_at < s.close_at and now() < s.close_at + s.grace_period then null
					else 'scan_closed'
				end as scan_reason,
				case when not (c.age_band = any (s.age_bands)) then 'age_band_not_allowed' end as band_reason,
				x.reason as answer_reason
			from checked c
			-- the answers of each well-formed item
			cross join lateral (
				select
					coalesce(bool_and(a.ok), true) as ok,
					count(*) as n,
					-- {question_id: value | [values] | {"text": text}}, hashed to tell a
					-- duplicate from a conflict
					coalesce(
						jsonb_object_agg(coalesce(a.question_id, ''), a.canon) filter (where a.ok),
						'{}'::jsonb
					) as canon,
					(array['unknown_question', 'value_out_of_range', 'text_too_long'])[min(a.why)]
						as reason,
					array_agg(a.question_id) filter (where a.ok and a.value_type = 'string')
						as answer_questions,
					array_agg(a.value #>> '{}') filter (where a.ok and a.value_type = 'string')
						as answer_values,
					array_agg(a.question_id)
						filter (where a.ok and a.value_type = 'array' and a.value <> '[]')
						as multi_questions,
					array_agg(a.value)
						filter (where a.ok and a.value_type = 'array' and a.value <> '[]')
						as multi_values,
					array_agg(a.question_id) filter (where a.ok and a.body <> '') as text_questions,
					array_agg(a.body) filter (where a.ok and a.body <> '') as text_bodies
				from (
					select
						a.*,
						-- 1 unknown_question, 2 value_out_of_range, 3 text_too_long: with several
						-- wrong answers the item reports the most basic problem
						case
							when not a.ok then null
							when q.kind is null or not (c.age_band = any (q.age_bands)) then 1
							when a.is_text then case
								when q.kind <> 'text' then 2
								when char_length(a.body) > 500 then 3
							end
							when q.kind = 'text' then 2
							when q.kind = 'multi' then case
								when a.value_type <> 'array' or not (q.options @> a.value) then 2
							end
							when a.value_type = 'array' or not (q.options ? (a.value #>> '{}')) then 2
						end as why
					from (
						select
							a.*,
							a.answer_type = 'object' and a.question_type = 'string' and case
								when a.is_text then a.value is null and jsonb_typeof(a.text) = 'string'
								when a.value_type = 'string' then true
								when a.value_type = 'array' then
									not jsonb_path_exists(a.value, '$[*] ? (@.type() != "string")')
								else false
							end as ok,
							case when a.is_text then jsonb_build_object('text', a.text) else a.value end
								as canon,
							case when a.is_text then btrim(a.text #>> '{}', E' \t\r\n') end as body
						from (
							select
								a.e ->> 'question_id' as question_id,
								jsonb_typeof(a.e) as answer_type,
								jsonb_typeof(a.e -> 'question_id') as question_type,
								a.e -> 'value' as value,
								jsonb_typeof(a.e -> 'value') as value_type,
								a.e ? 'text' as is_text,
								a.e -> 'text' as text
							from jsonb_array_elements(
								case when c.well_formed then c.answers else '[]'::jsonb end
							) as a (e)
							offset 0
						) as a
						offset 0
					) as a
					left join question q on q.scan_id = c.scan_id and q.id = a.question_id
					offset 0
				) as a
			) as x
			left join scan s on s.id = c.scan_id
			offset 0
		),
		verdict as (
			select
				j.*,
				case
					when j.valid then coalesce(j.scan_reason, j.band_reason, j.answer_reason)
					else 'invalid_item'
				end as reason
			from judged j
			offset 0
		)
		select row(
			v.ord,
			v.id,
			v.scan_id,
			v.age_band,
			v.locale,
			v.answered_at,
			case when v.valid then encode(
				sha256(convert_to(
					jsonb_build_array(
						v.scan_id,
						v.age_band,
						v.locale,
						to_char(v.answered_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
						v.canon
					)::text,
					'UTF8'
				)),
				'hex'
			) end,
			v.answer_questions,
			v.answer_values,
			v.multi_questions,
			v.multi_values,
			v.text_questions,
			v.text_bodies,
			-- of several storable copies of one id, the first is stored
			case
				when v.reason is null
					and v.ord = min(v.ord) filter (where v.reason is null) over (partition by v.id)
				then 'candidate'
			end,
			v.reason
		)::private.response_item
		from verdict v
		order by v.ord
	);

	-- ---- store the candidates. A row of another request (committed, or committing while this
	-- runs: the insert waits for it) wins; key order, so that two requests holding the same ids
	-- wait for each other instead of deadlocking.
	with inserted as (
		insert into public.responses as r (id, scan_id, age_band, locale, answered_at, content_hash)
		select i.id, i.scan_id, i.age_band, i.locale, i.answered_at, i.content_hash
		from unnest(v_items) as i
		where i.status = 'candidate'
		order by i.id
		on conflict (id) do nothing
		returning r.id
	)
	select coalesce(array_agg(inserted.id), '{}'::uuid[]) into v_inserted from inserted;

	-- ---- what became of each item. A copy of a stored id is compared with what was stored: the
	-- copy stored earlier in this batch, or the row an earlier request stored.
	v_items := array(
		select row(
			i.ord,
			i.id,
			i.scan_id,
			i.age_band,
			i.locale,
			i.answered_at,
			i.content_hash,
			i.answer_questions,
			i.answer_values,
			i.multi_questions,
			i.multi_values,
			i.text_questions,
			i.text_bodies,
			case
				when i.reason = 'invalid_item' then 'rejected'
				when w.ord = i.ord then 'stored'
				when ref.hash = i.content_hash then 'duplicate'
				else 'rejected'
			end,
			case
				when i.reason = 'invalid_item' then i.reason
				when w.ord = i.ord then null
				when ref.hash = i.content_hash then null
				when ref.hash is not null then 'conflict'
				when i.reason is not null then i.reason
				-- taken by another request, whose row is gone again
				else 'conflict'
			end
		)::private.response_item
		from unnest(v_items) as i
		left join (
			select c.id, c.ord, c.content_hash
			from unnest(v_items) as c
			join unnest(v_inserted) as s (id) on s.id = c.id
			where c.status = 'candidate'
		) as w on w.id = i.id
		cross join lateral (
			select case
				when i.reason = 'invalid_item' then null
				when w.id is not null then case when w.ord < i.ord then w.content_hash end
				else (select r.content_hash from public.responses r where r.id = i.id)
			end as hash
		) as ref
		order by i.ord
	);

	-- ---- their answers and free texts
	insert into public.answers (response_id, question_id, value)
	select i.id, a.question_id, a.value
	from unnest(v_items) as i
	cross join lateral unnest(i.answer_questions, i.answer_values) as a (question_id, value)
	where i.status = 'stored'
	union all
	select distinct i.id, m.question_id, v.value
	from unnest(v_items) as i
	cross join lateral unnest(i.multi_questions, i.multi_values) as m (question_id, chosen)
	cross join lateral jsonb_array_elements_text(m.chosen) as v (value)
	where i.status = 'stored';

	insert into public.free_texts (response_id, question_id, body)
	select i.id, t.question_id, t.body
	from unnest(v_items) as i
	cross join lateral unnest(i.text_questions, i.text_bodies) as t (question_id, body)
	where i.status = 'stored';

	return v_items;
end
$$;
revoke all on function private.store_responses(jsonb) from public;

-- Stores a batch of finished scans from one device (design §4 "The RPC contract", §5).
-- One row per item, in input order. Each item is stored whole or not at all, a bad item never
-- blocks the others, and the counters are updated once per batch per table in key order, so
-- concurrent batches queue briefly instead of deadlocking.
create function private.submit_responses(p_batch jsonb)
returns table (id uuid, status text, reason text)
language plpgsql volatile security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
	v_items private.response_item[];
	v_item jsonb;
begin
	if p_batch is null or jsonb_typeof(p_batch) <> 'array' then
		raise exception using errcode = 'PT400', message = 'invalid_batch', hint = 'invalid_batch';
	end if;
	if jsonb_array_length(p_batch) > 500 then
		raise exception using errcode = 'PT413', message = 'batch_too_large', hint = 'batch_too_large',
			detail = 'at most 500 items per batch';
	end if;

	begin
		v_items := private.store_responses(p_batch);
	exception when integrity_constraint_violation or data_exception then
		-- Something the checks cannot foresee, e.g. the scan was deleted while this ran. All of the
		-- batch is undone; store it again item by item, so that only the item at fault is rejected.
		raise log 'submit_responses: % (%), storing the batch item by item', sqlerrm, sqlstate;
		v_items := '{}';
		for v_item in select e from jsonb_array_elements(p_batch) as t (e) loop
			begin
				v_items := v_items || private.store_responses(jsonb_build_array(v_item));
			exception when integrity_constraint_violation or data_exception then
				v_items := v_items || row(
					null,
					case
						when jsonb_typeof(v_item -> 'id') = 'string'
							and (v_item ->> 'id') ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
						then (v_item ->> 'id')::uuid
					end,
					null, null, null, null, null, null, null, null, null, null, null,
					'rejected',
					case when sqlstate = '23503' then 'scan_not_found' else 'invalid_item' end
				)::private.response_item;
			end;
		end loop;
	end;

	-- ---- counters: one upsert per table, keys in a fixed order. They count exactly the rows
	-- stored (skipped questions none, a multi answer once per chosen value).
	if exists (select from unnest(v_items) as t where t.status = 'stored') then
		-- (collate "C": any fixed order will do for the locks, and byte order sorts fastest)
		insert into public.response_counts as c (scan_id, age_band, n)
		select t.scan_id, t.age_band collate "C", count(*)::int
		from unnest(v_items) as t
		where t.status = 'stored'
		group by 1, 2
		order by 1, 2
		on conflict (scan_id, age_band) do update set n = c.n + excluded.n;

		insert into public.question_counts as c (scan_id, question_id, age_band, n)
		select t.scan_id, q.question_id collate "C", t.age_band collate "C", count(*)::int
		from unnest(v_items) as t
		cross join lateral unnest(t.answer_questions || t.multi_questions || t.text_questions)
			as q (question_id)
		where t.status = 'stored'
		group by 1, 2, 3
		order by 1, 2, 3
		on conflict (scan_id, question_id, age_band) do update set n = c.n + excluded.n;

		insert into public.answer_counts as c (scan_id, question_id, age_band, value, n)
		select
			v.scan_id, v.question_id collate "C", v.age_band collate "C", v.value collate "C", count(*)::int
		from (
			select t.scan_id, a.question_id, t.age_band, a.value
			from unnest(v_items) as t
			cross join lateral unnest(t.answer_questions, t.answer_values) as a (question_id, value)
			where t.status = 'stored'
			union all
			select d.scan_id, d.question_id, d.age_band, d.value
			from (
				select distinct t.id, t.scan_id, m.question_id, t.age_band, e.value
				from unnest(v_items) as t
				cross join lateral unnest(t.multi_questions, t.multi_values) as m (question_id, chosen)
				cross join lateral jsonb_array_elements_text(m.chosen) as e (value)
				where t.status = 'stored'
			) as d
		) as v
		group by 1, 2, 3, 4
		order by 1, 2, 3, 4
		on conflict (scan_id, question_id, age_band, value) do update set n = c.n + excluded.n;
	end if;

	return query
	select t.id, t.status, t.reason
	from unnest(v_items) with ordinality as t
	order by t.ordinality;
end
$$;
revoke all on function private.submit_responses(jsonb) from public;
grant execute on function private.submit_responses(jsonb) to anon, authenticated, service_role;

create function public.submit_responses(p_batch jsonb)
returns table (id uuid, status text, reason text)
language sql volatile
set search_path = ''
as $$
	select * from private.submit_responses(p_batch)
$$;
revoke all on function public.submit_responses(jsonb) from public, anon, authenticated;
grant execute on function public.submit_responses(jsonb) to anon, authenticated, service_role;

-- ---------------------------------------------------------------- staff: helpers
-- The scan for a staff RPC: 404 for anyone without a role in its municipality (they may not learn
-- it exists), 403 for members below `p_min_role`.
create function private.scan_for_staff(p_scan_id uuid, p_min_role public.member_role)
returns public.scans
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_scan public.scans;
begin
	select s.* into v_scan from public.scans s where s.id = p_scan_id for update;
	if not found or not private.has_role(v_scan.municipality_id, 'viewer') then
		raise exception using errcode = 'PT404', message = 'scan_not_found', hint = 'scan_not_found';
	end if;
	if not private.has_role(v_scan.municipality_id, p_min_role) then
		raise exception using errcode = 'PT403', message = 'forbidden', hint = 'forbidden';
	end if;
	return v_scan;
end
$$;
revoke all on function private.scan_for_staff(uuid, public.member_role) from public;

create function private.invalid_scan(p_detail text)
returns void
language plpgsql
set search_path = ''
as $$
begin
	raise exception using errcode = 'PT400', message = 'invalid_scan', hint = 'invalid_scan',
		detail = p_detail;
end
$$;
revoke all on function private.invalid_scan(text) from public;

-- Checks what staff enter for a scan; returns the age bands in their usual order.
create function private.check_scan_input(
	p_title jsonb,
	p_question_ids text[],
	p_age_bands text[],
	p_opens_at timestamptz,
	p_closes_at timestamptz
)
returns text[]
language plpgsql stable
set search_path = ''
as $$
declare
	v_bands text[];
	v_missing text;
	v_bad text;
begin
	if p_title is null or jsonb_typeof(p_title) <> 'object'
		or jsonb_typeof(p_title -> 'nl') is distinct from 'string'
		or btrim(p_title ->> 'nl') = ''
	then
		perform private.invalid_scan('title.nl is required');
	end if;
	select t.key into v_bad
	from jsonb_each(p_title) as t
	where t.key not in ('nl', 'en', 'ar', 'uk', 'tr', 'pl')
		or jsonb_typeof(t.value) <> 'string'
		or char_length(t.value #>> '{}') > 120
	limit 1;
	if v_bad is not null then
		perform private.invalid_scan(
			format('title.%s must be a text of at most 120 characters in one of nl, en, ar, uk, tr, pl', v_bad)
		);
	end if;

	if coalesce(cardinality(p_age_bands), 0) = 0
		or not (p_age_bands <@ array['8-11', '12-15', '16-18', 'parent'])
	then
		perform private.invalid_scan('age_bands must be a non-empty subset of 8-11, 12-15, 16-18, parent');
	end if;
	v_bands := array(
		select b from unnest(array['8-11', '12-15', '16-18', 'parent']) with ordinality as t (b, i)
		where b = any (p_age_bands)
		order by i
	);

	if coalesce(cardinality(p_question_ids), 0) = 0 then
		perform private.invalid_scan('at least one question is required');
	end if;
	if cardinality(p_question_ids) > 60 then
		perform private.invalid_scan('at most 60 questions');
	end if;
	if array_position(p_question_ids, null) is not null then
		perform private.invalid_scan('question ids must not be null');
	end if;
	select qid into v_bad from unnest(p_question_ids) as qid group by qid having count(*) > 1 limit 1;
	if v_bad is not null then
		perform private.invalid_scan(format('question %s is listed twice', v_bad));
	end if;
	select qid into v_bad
	from unnest(p_question_ids) as qid
	where not exists (select 1 from public.questions q where q.id = qid)
	limit 1;
	if v_bad is not null then
		perform private.invalid_scan(format('unknown question %s', v_bad));
	end if;
	select q.id into v_bad
	from public.questions q
	where q.id = any (p_question_ids) and not (q.age_bands && v_bands)
	limit 1;
	if v_bad is not null then
		perform private.invalid_scan(
			format('question %s is not asked to any of the age bands %s', v_bad, array_to_string(v_bands, ', '))
		);
	end if;
	select b into v_missing
	from unnest(v_bands) as b
	where not exists (
		select 1 from public.questions q where q.id = any (p_question_ids) and b = any (q.age_bands)
	)
	limit 1;
	if v_missing is not null then
		perform private.invalid_scan(format('age band %s gets no questions', v_missing));
	end if;

	if p_opens_at is not null and p_closes_at is not null and p_closes_at <= p_opens_at then
		perform private.invalid_scan('closes_at must be after opens_at');
	end if;
	if p_closes_at is not null and p_closes_at <= now() then
		perform private.invalid_scan('closes_at must be in the future');
	end if;
	return v_bands;
end
$$;
revoke all on function private.check_scan_input(jsonb, text[], text[], timestamptz, timestamptz) from public;

create function private.scan_json(p_scan public.scans)
returns jsonb
language sql stable
set search_path = ''
as $$
	select to_jsonb(p_scan) || jsonb_build_object(
		'question_ids',
		to_jsonb(array(
			select sq.question_id from public.scan_questions sq
			where sq.scan_id = p_scan.id order by sq.position
		))
	)
$$;
revoke all on function private.scan_json(public.scans) from public;

-- ---------------------------------------------------------------- staff: create_scan, update_scan
create function private.create_scan(
	p_municipality_id uuid,
	p_title jsonb,
	p_question_ids text[],
	p_age_bands text[],
	p_opens_at timestamptz,
	p_closes_at timestamptz
)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	-- no look-alikes (0/O, 1/I/L, 2/Z, 5/S, 8/B) so a code read off a poster is typed right
	c_alphabet constant text := 'ACDEFGHJKMNPQRTUVWXY346789';
	v_bands text[];
	v_code text;
	v_bytes bytea;
	v_scan public.scans;
begin
	if not private.has_role(p_municipality_id, 'editor') then
		raise exception using errcode = 'PT403', message = 'forbidden', hint = 'forbidden';
	end if;
	v_bands := private.check_scan_input(p_title, p_question_ids, p_age_bands, p_opens_at, p_closes_at);

	for attempt in 1..20 loop
		v_bytes := extensions.gen_random_bytes(6);
		v_code := '';
		for i in 0..5 loop
			v_code := v_code || substr(c_alphabet, get_byte(v_bytes, i) % 26 + 1, 1);
		end loop;
		begin
			insert into public.scans (
				municipality_id, title, join_code, age_bands, opens_at, closes_at, created_by
			)
			values (
				p_municipality_id, p_title, v_code, v_bands, p_opens_at, p_closes_at, auth.uid()
			)
			returning * into v_scan;
			exit;
		exception when unique_violation then
			-- the code is taken: draw another
			continue;
		end;
	end loop;
	if v_scan.id is null then
		raise exception 'no free join code found';
	end if;

	insert into public.scan_questions (scan_id, question_id, position)
	select v_scan.id, qid, i::int
	from unnest(p_question_ids) with ordinality as t (qid, i);
	return private.scan_json(v_scan);
end
$$;
revoke all on function private.create_scan(uuid, jsonb, text[], text[], timestamptz, timestamptz) from public;
grant execute on function private.create_scan(uuid, jsonb, text[], text[], timestamptz, timestamptz)
	to authenticated;

create function public.create_scan(
	p_municipality_id uuid,
	p_title jsonb,
	p_question_ids text[],
	p_age_bands text[],
	p_opens_at timestamptz default null,
	p_closes_at timestamptz default null
)
returns jsonb
language sql volatile
set search_path = ''
as $$
	select private.create_scan(p_municipality_id, p_title, p_question_ids, p_age_bands, p_opens_at, p_closes_at)
$$;
revoke all on function public.create_scan(uuid, jsonb, text[], text[], timestamptz, timestamptz)
	from public, anon, authenticated;
grant execute on function public.create_scan(uuid, jsonb, text[], text[], timestamptz, timestamptz)
	to authenticated;

create function private.update_scan(
	p_scan_id uuid,
	p_title jsonb,
	p_question_ids text[],
	p_age_bands text[],
	p_opens_at timestamptz,
	p_closes_at timestamptz
)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_scan public.scans;
	v_bands text[];
begin
	v_scan := private.scan_for_staff(p_scan_id, 'editor');
	if v_scan.status <> 'draft' then
		raise exception using errcode = 'PT409', message = 'scan_not_draft', hint = 'scan_not_draft',
			detail = format('only a draft can be changed; this scan is %s', v_scan.status);
	end if;
	v_bands := private.check_scan_input(p_title, p_question_ids, p_age_bands, p_opens_at, p_closes_at);

	update public.scans s
	set title = p_title, age_bands = v_bands, opens_at = p_opens_at, closes_at = p_closes_at
	where s.id = p_scan_id
	returning * into v_scan;
	delete from public.scan_questions sq where sq.scan_id = p_scan_id;
	insert into public.scan_questions (scan_id, question_id, position)
	select p_scan_id, qid, i::int
	from unnest(p_question_ids) with ordinality as t (qid, i);
	return private.scan_json(v_scan);
end
$$;
revoke all on function private.update_scan(uuid, jsonb, text[], text[], timestamptz, timestamptz) from public;
grant execute on function private.update_scan(uuid, jsonb, text[], text[], timestamptz, timestamptz)
	to authenticated;

create function public.update_scan(
	p_scan_id uuid,
	p_title jsonb,
	p_question_ids text[],
	p_age_bands text[],
	p_opens_at timestamptz default null,
	p_closes_at timestamptz default null
)
returns jsonb
language sql volatile
set search_path = ''
as $$
	select private.update_scan(p_scan_id, p_title, p_question_ids, p_age_bands, p_opens_at, p_closes_at)
$$;
revoke all on function public.update_scan(uuid, jsonb, text[], text[], timestamptz, timestamptz)
	from public, anon, authenticated;
grant execute on function public.update_scan(uuid, jsonb, text[], text[], timestamptz, timestamptz)
	to authenticated;

-- ---------------------------------------------------------------- staff: open_scan, close_scan
-- draft → open → closed (publishing is its own step).
create function private.open_scan(p_scan_id uuid)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_scan public.scans;
begin
	v_scan := private.scan_for_staff(p_scan_id, 'editor');
	if v_scan.status <> 'draft' then
		raise exception using errcode = 'PT409', message = 'invalid_transition', hint = 'invalid_transition',
			detail = format('a %s scan cannot be opened', v_scan.status);
	end if;
	if v_scan.closes_at <= now() then
		raise exception using errcode = 'PT409', message = 'invalid_transition', hint = 'invalid_transition',
			detail = 'closes_at has passed';
	end if;
	update public.scans s
	set status = 'open', opens_at = case when s.opens_at is null or s.opens_at > now() then now() else s.opens_at end
	where s.id = p_scan_id
	returning * into v_scan;
	return private.scan_json(v_scan);
end
$$;
revoke all on function private.open_scan(uuid) from public;
grant execute on function private.open_scan(uuid) to authenticated;

create function public.open_scan(p_scan_id uuid)
returns jsonb
language sql volatile
set search_path = ''
as $$
	select private.open_scan(p_scan_id)
$$;
revoke all on function public.open_scan(uuid) from public, anon, authenticated;
grant execute on function public.open_scan(uuid) to authenticated;

create function private.close_scan(p_scan_id uuid)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_scan public.scans;
begin
	v_scan := private.scan_for_staff(p_scan_id, 'editor');
	if v_scan.status <> 'open' then
		raise exception using errcode = 'PT409', message = 'invalid_transition', hint = 'invalid_transition',
			detail = format('a %s scan cannot be closed', v_scan.status);
	end if;
	update public.scans s
	set status = 'closed', closed_at = now()
	where s.id = p_scan_id
	returning * into v_scan;
	return private.scan_json(v_scan);
end
$$;
revoke all on function private.close_scan(uuid) from public;
grant execute on function private.close_scan(uuid) to authenticated;

create function public.close_scan(p_scan_id uuid)
returns jsonb
language sql volatile
set search_path = ''
as $$
	select private.close_scan(p_scan_id)
$$;
revoke all on function public.close_scan(uuid) from public, anon, authenticated;
grant execute on function public.close_scan(uuid) to authenticated;

-- ---------------------------------------------------------------- staff: scan_progress
-- Enough to follow a running scan, never an exact count (design §6: multiples of 5).
create function private.scan_progress(p_scan_id uuid)
returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	v_scan public.scans;
	v_by_band jsonb;
	v_total int;
	v_last timestamptz;
begin
	select s.* into v_scan from public.scans s where s.id = p_scan_id;
	if not found or not private.has_role(v_scan.municipality_id, 'viewer') then
		raise exception using errcode = 'PT404', message = 'scan_not_found', hint = 'scan_not_found';
	end if;
	select
		coalesce(sum(coalesce(c.n, 0)), 0)::int,
		jsonb_agg(
			jsonb_build_object('age_band', b.band, 'respondents', (round(coalesce(c.n, 0) / 5.0) * 5)::int)
			order by b.i
		)
	into v_total, v_by_band
	from unnest(v_scan.age_bands) with ordinality as b (band, i)
	left join public.response_counts c on c.scan_id = v_scan.id and c.age_band = b.band;
	select max(r.received_at) into v_last from public.responses r where r.scan_id = v_scan.id;
	return jsonb_build_object(
		'status', v_scan.status,
		'respondents', (round(v_total / 5.0) * 5)::int,
		'by_age_band', coalesce(v_by_band, '[]'::jsonb),
		'last_received_at', date_trunc('hour', v_last)
	);
end
$$;
revoke all on function private.scan_progress(uuid) from public;
grant execute on function private.scan_progress(uuid) to authenticated;

create function public.scan_progress(p_scan_id uuid)
returns jsonb
language sql stable
set search_path = ''
as $$
	select private.scan_progress(p_scan_id)
$$;
revoke all on function public.scan_progress(uuid) from public, anon, authenticated;
grant execute on function public.scan_progress(uuid) to authenticated;
