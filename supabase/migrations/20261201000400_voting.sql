-- Youth-panel voting (issue 6): panels, voting rounds, one-time ballot codes and votes.
-- Young people vote anonymously with a ballot code; everything goes through the RPCs below.

-- ---------------------------------------------------------------- text and option helpers
-- Texts per locale: {nl, en, …}, `nl` required, every value a non-empty string of at most 200 characters.
create function private.valid_texts(p_texts jsonb)
returns boolean
language sql immutable
set search_path = ''
as $$
	select case
		when jsonb_typeof(p_texts) = 'object' and jsonb_typeof(p_texts -> 'nl') = 'string' then
			length(btrim(p_texts ->> 'nl')) > 0
			and not exists (
				select 1 from jsonb_each(p_texts) e
				where e.key !~ '^[a-z]{2,3}$'
					or jsonb_typeof(e.value) <> 'string'
					or length(e.value #>> '{}') not between 1 and 200
			)
		else false
	end
$$;

-- Options of a round: [{value, label: {nl, …}}], 2–20 of them, values distinct slugs.
create function private.valid_vote_options(p_options jsonb)
returns boolean
language sql immutable
set search_path = ''
as $$
	select case
		when jsonb_typeof(p_options) = 'array' and jsonb_array_length(p_options) between 2 and 20 then
			not exists (
				select 1 from jsonb_array_elements(p_options) o
				where jsonb_typeof(o) <> 'object'
					or jsonb_typeof(o -> 'value') is distinct from 'string'
					or (o ->> 'value') !~ '^[a-z0-9][a-z0-9_-]{0,39}$'
					or not private.valid_texts(o -> 'label')
			)
			and (select count(distinct o ->> 'value') from jsonb_array_elements(p_options) o)
				= jsonb_array_length(p_options)
		else false
	end
$$;

-- The ten themes of the monitor, in the monitor's order, with the app's short theme titles.
create function private.theme_vote_options()
returns jsonb
language sql immutable
set search_path = ''
as $$
	select $j$[
		{"value": "meedoen", "label": {"nl": "Jouw stem telt", "en": "Your voice counts", "ar": "صوتك مهم", "uk": "Твій голос важливий", "tr": "Senin sesin önemli", "pl": "Twój głos się liczy"}},
		{"value": "discriminatie", "label": {"nl": "Iedereen hoort erbij", "en": "Everyone belongs", "ar": "لكلّ واحدٍ مكانه بيننا", "uk": "Кожен має своє місце", "tr": "Herkes bizden biri", "pl": "Każdy jest mile widziany"}},
		{"value": "zorg", "label": {"nl": "Hulp als je die nodig hebt", "en": "Help when you need it", "ar": "مساعدة عندما تحتاج إليها", "uk": "Допомога, коли вона потрібна", "tr": "İhtiyacın olduğunda yardım", "pl": "Pomoc, gdy jej potrzebujesz"}},
		{"value": "mentale-gezondheid", "label": {"nl": "Lekker in je vel", "en": "Feeling good inside", "ar": "أن تشعر بالراحة في داخلك", "uk": "Добре почуватися", "tr": "Kendini iyi hissetmek", "pl": "Dobre samopoczucie"}},
		{"value": "armoede", "label": {"nl": "Genoeg om goed op te groeien", "en": "Enough to grow up well", "ar": "ما يكفي لتكبر بشكل جيّد", "uk": "Достатньо, щоб добре рости", "tr": "İyi büyümek için yeterince", "pl": "Tyle, ile trzeba, by dobrze dorastać"}},
		{"value": "onderwijs", "label": {"nl": "Leren voor iedereen", "en": "Learning for everyone", "ar": "التعلّم للجميع", "uk": "Навчання для всіх", "tr": "Herkes için öğrenmek", "pl": "Nauka dla wszystkich"}},
		{"value": "asiel", "label": {"nl": "Veilig een nieuw thuis", "en": "A safe new home", "ar": "بيت جديد آمن", "uk": "Безпечний новий дім", "tr": "Güvenli yeni bir yuva", "pl": "Bezpieczny nowy dom"}},
		{"value": "uitbuiting", "label": {"nl": "Niemand mag je gebruiken", "en": "No one may use you", "ar": "لا يحقّ لأحد أن يستغلّك", "uk": "Ніхто не має права тебе використовувати", "tr": "Kimse seni kullanamaz", "pl": "Nikt nie może cię wykorzystywać"}},
		{"value": "jeugdstrafrecht", "label": {"nl": "Een eerlijke kans", "en": "A fair chance", "ar": "فرصة عادلة", "uk": "Чесний шанс", "tr": "Adil bir şans", "pl": "Uczciwa szansa"}},
		{"value": "jeugdstrategie", "label": {"nl": "Eén plan, samen met jongeren", "en": "One plan, made with young people", "ar": "خطة واحدة مع الشباب", "uk": "Один план разом із молоддю", "tr": "Gençlerle birlikte tek bir plan", "pl": "Jeden plan razem z młodzieżą"}}
	]$j$::jsonb
$$;

-- ---------------------------------------------------------------- panels
-- A youth panel: a municipality's youth council, or (municipality null) a national panel that
-- coalition members manage.
create table public.panels (
	id uuid primary key default gen_random_uuid(),
	municipality_id uuid references public.municipalities (id) on delete cascade,
	name jsonb not null check (private.valid_texts(name)),
	created_at timestamptz not null default now()
);
alter table public.panels enable row level security;
revoke all on public.panels from anon, authenticated;
grant select on public.panels to authenticated;
create index panels_municipality_idx on public.panels (municipality_id);

-- Staff of the municipality (viewer and up), or the coalition for national panels and rounds.
create function private.may_manage_votes(p_municipality_id uuid, p_min_role public.member_role)
returns boolean
language sql stable
set search_path = ''
as $$
	select case
		when p_municipality_id is null then private.is_coalition()
		else private.has_role(p_municipality_id, p_min_role)
	end
$$;
grant execute on function private.may_manage_votes(uuid, public.member_role)
	to authenticated, service_role;

create policy "Staff read their own panels" on public.panels
	for select to authenticated
	using ((select private.may_manage_votes(municipality_id, 'viewer')));

-- ---------------------------------------------------------------- voting rounds
create table public.vote_rounds (
	id uuid primary key default gen_random_uuid(),
	municipality_id uuid references public.municipalities (id) on delete cascade,
	panel_id uuid references public.panels (id) on delete set null,
	title jsonb not null check (private.valid_texts(title)),
	method text not null check (method in ('points', 'ranking', 'pairwise')),
	options jsonb not null default private.theme_vote_options()
		check (private.valid_vote_options(options)),
	opens_at timestamptz not null,
	closes_at timestamptz not null,
	-- Votes cast while the round was open and received this long after it closed still count
	-- (panels vote on phones, sometimes without Wi-Fi).
	grace_period interval not null default interval '1 hour'
		check (grace_period between interval '0' and interval '7 days'),
	status text not null default 'draft' check (status in ('draft', 'open', 'closed')),
	created_at timestamptz not null default now(),
	created_by uuid references auth.users (id) on delete set null,
	check (closes_at >= opens_at)
);
alter table public.vote_rounds enable row level security;
revoke all on public.vote_rounds from anon, authenticated;
grant select on public.vote_rounds to authenticated;
create index vote_rounds_municipality_idx on public.vote_rounds (municipality_id);
create index vote_rounds_panel_idx on public.vote_rounds (panel_id);

create policy "Staff read their own voting rounds" on public.vote_rounds
	for select to authenticated
	using ((select private.may_manage_votes(municipality_id, 'viewer')));

-- The phase the outside world sees: an open round is closed once its closing time has passed.
create function private.round_phase(p_status text, p_opens_at timestamptz, p_closes_at timestamptz)
returns text
language sql stable
set search_path = ''
as $$
	select case
		when p_status = 'closed' then 'closed'
		when p_status = 'open' and now() >= p_closes_at then 'closed'
		when p_status = 'open' and now() >= p_opens_at then 'open'
		else 'draft'
	end
$$;

create function private.round_json(p_round public.vote_rounds)
returns jsonb
language sql stable
set search_path = ''
as $$
	select jsonb_build_object(
		'id', p_round.id,
		'municipality_id', p_round.municipality_id,
		'panel_id', p_round.panel_id,
		'title', p_round.title,
		'method', p_round.method,
		'options', p_round.options,
		'opens_at', p_round.opens_at,
		'closes_at', p_round.closes_at,
		'status', private.round_phase(p_round.status, p_round.opens_at, p_round.closes_at)
	)
$$;

-- ---------------------------------------------------------------- ballots
-- Ballot codes: 8 characters from ACDEFGHJKMNPQRTUVWXY346789, shown as XXXX-XXXX.
-- The alphabet leaves out both sides of the look-alike pairs 0/O, 1/I/L, 2/Z and 5/S, and B (next
-- to 8), so a mistyped look-alike cannot be mapped back to one intended character: normalization only
-- upper-cases and drops white space and dashes, and any other character makes the code
-- `invalid_code` instead of a guess. Codes are stored only as the sha256 of this normalized form.
create table public.ballots (
	id uuid primary key default gen_random_uuid(),
	round_id uuid not null references public.vote_rounds (id) on delete cascade,
	code_hash text not null unique check (code_hash ~ '^[0-9a-f]{64}$'),
	created_at timestamptz not null default now(),
	used_at timestamptz
);
alter table public.ballots enable row level security;
-- No grants and no policies: ballots are reached only through the RPCs.
revoke all on public.ballots from anon, authenticated;
create index ballots_round_idx on public.ballots (round_id);

-- The normalized code (8 characters), or null when it is not a well-formed ballot code.
create function private.ballot_code_key(p_code text)
returns text
language sql immutable
set search_path = ''
as $$
	select case when k ~ '^[ACDEFGHJKMNPQRTUVWXY346789]{8}$' then k end
	from (
		select regexp_replace(upper(coalesce(p_code, '')), '[\s\u00a0\u2010-\u2015\u2212-]', '', 'g') as k
	) s
$$;

create function private.ballot_code_hash(p_key text)
returns text
language sql immutable
set search_path = ''
as $$
	select encode(extensions.digest(p_key, 'sha256'), 'hex')
$$;

-- A fresh random code in normalized form; bytes of 234 and up are skipped (234 = 9 × 26), so every
-- character is equally likely.
create function private.new_ballot_code()
returns text
language plpgsql volatile
set search_path = ''
as $$
declare
	v_alphabet constant text := 'ACDEFGHJKMNPQRTUVWXY346789';
	v_code text := '';
	v_bytes bytea;
	v_byte int;
begin
	while length(v_code) < 8 loop
		v_bytes := extensions.gen_random_bytes(16);
		for i in 0..15 loop
			v_byte := get_byte(v_bytes, i);
			if v_byte < 234 and length(v_code) < 8 then
				v_code := v_code || substr(v_alphabet, v_byte % 26 + 1, 1);
			end if;
		end loop;
	end loop;
	return v_code;
end
$$;

-- ---------------------------------------------------------------- votes
create table public.votes (
	id uuid primary key, -- generated on the device: resending the same vote is harmless
	ballot_id uuid not null unique references public.ballots (id) on delete cascade,
	round_id uuid not null references public.vote_rounds (id) on delete cascade,
	ballot jsonb not null, -- the canonical form made by private.canonical_ballot
	content_hash text not null, -- tells a resend (`duplicate`) from a different vote (`conflict`)
	cast_at timestamptz not null,
	received_at timestamptz not null default now()
);
alter table public.votes enable row level security;
-- No grants and no policies: votes are reached only through the RPCs.
revoke all on public.votes from anon, authenticated;
create index votes_round_idx on public.votes (round_id);

-- The ballot in canonical form, or null when it breaks the method's rules:
-- points   {points: {option: int ≥ 0}} summing to exactly 10 over known options (zeros dropped);
-- ranking  {ranking: [option, …]} the top 3 distinct known options (top 2 when there are only 2);
-- pairwise {pairs: [{winner, loser}, …]} 1–200 judgements between two different known options.
create function private.canonical_ballot(p_method text, p_options jsonb, p_ballot jsonb)
returns jsonb
language plpgsql immutable
set search_path = ''
as $$
declare
	v_known text[] := array(select o ->> 'value' from jsonb_array_elements(p_options) o);
	v_entry record;
	v_number numeric;
	v_sum int := 0;
	v_points jsonb := '{}'::jsonb;
	v_list text[];
	v_pairs jsonb;
begin
	if jsonb_typeof(p_ballot) is distinct from 'object' then
		return null;
	end if;
	if p_method = 'points' then
		if jsonb_typeof(p_ballot -> 'points') is distinct from 'object' then
			return null;
		end if;
		for v_entry in select e.key, e.value from jsonb_each(p_ballot -> 'points') e loop
			if not (v_entry.key = any (v_known)) or jsonb_typeof(v_entry.value) <> 'number' then
				return null;
			end if;
			v_number := (v_entry.value)::numeric;
			if v_number <> trunc(v_number) or v_number < 0 or v_number > 10 then
				return null;
			end if;
			v_sum := v_sum + v_number::int;
			if v_number > 0 then
				v_points := v_points || jsonb_build_object(v_entry.key, v_number::int);
			end if;
		end loop;
		if v_sum <> 10 then
			return null;
		end if;
		return jsonb_build_object('points', v_points);
	elsif p_method = 'ranking' then
		if jsonb_typeof(p_ballot -> 'ranking') is distinct from 'array'
			or exists (
				select 1 from jsonb_array_elements(p_ballot -> 'ranking') e
				where jsonb_typeof(e) <> 'string'
			)
		then
			return null;
		end if;
		v_list := array(
			select e.value from jsonb_array_elements_text(p_ballot -> 'ranking') with ordinality e (value, n)
			order by e.n
		);
		if cardinality(v_list) <> least(3, cardinality(v_known))
			or not (v_list <@ v_known)
			or (select count(distinct x) from unnest(v_list) x) <> cardinality(v_list)
		then
			return null;
		end if;
		return jsonb_build_object('ranking', to_jsonb(v_list));
	elsif p_method = 'pairwise' then
		if jsonb_typeof(p_ballot -> 'pairs') is distinct from 'array'
			or jsonb_array_length(p_ballot -> 'pairs') not between 1 and 200
			or exists (
				select 1 from jsonb_array_elements(p_ballot -> 'pairs') p
				where jsonb_typeof(p) <> 'object'
					or jsonb_typeof(p -> 'winner') is distinct from 'string'
					or jsonb_typeof(p -> 'loser') is distinct from 'string'
					or not ((p ->> 'winner') = any (v_known))
					or not ((p ->> 'loser') = any (v_known))
					or (p ->> 'winner') = (p ->> 'loser')
			)
		then
			return null;
		end if;
		select jsonb_agg(
			jsonb_build_object('winner', p.value ->> 'winner', 'loser', p.value ->> 'loser') order by p.n
		)
		into v_pairs
		from jsonb_array_elements(p_ballot -> 'pairs') with ordinality p (value, n);
		return jsonb_build_object('pairs', v_pairs);
	end if;
	return null;
end
$$;

create function private.vote_content_hash(p_round_id uuid, p_ballot_id uuid, p_ballot jsonb)
returns text
language sql immutable
set search_path = ''
as $$
	select encode(
		extensions.digest(
			jsonb_build_object('round_id', p_round_id, 'ballot_id', p_ballot_id, 'ballot', p_ballot)::text,
			'sha256'
		),
		'hex'
	)
$$;

-- ---------------------------------------------------------------- staff RPCs
create function private.create_round(
	p_municipality_id uuid,
	p_title jsonb,
	p_method text,
	p_opens_at timestamptz,
	p_closes_at timestamptz,
	p_options jsonb,
	p_panel_id uuid
)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_round public.vote_rounds;
begin
	if not private.may_manage_votes(p_municipality_id, 'editor') then
		raise exception using errcode = 'PT403', message = 'forbidden', hint = 'forbidden';
	end if;
	if not coalesce(private.valid_texts(p_title), false) then
		raise exception using errcode = 'PT400', message = 'invalid_title', hint = 'invalid_title';
	end if;
	if p_method is null or p_method not in ('points', 'ranking', 'pairwise') then
		raise exception using errcode = 'PT400', message = 'invalid_method', hint = 'invalid_method';
	end if;
	if p_options is not null and not private.valid_vote_options(p_options) then
		raise exception using errcode = 'PT400', message = 'invalid_options', hint = 'invalid_options';
	end if;
	if p_opens_at is null or p_closes_at is null or p_closes_at <= p_opens_at then
		raise exception using errcode = 'PT400', message = 'invalid_period', hint = 'invalid_period';
	end if;
	if p_panel_id is not null and not exists (
		select 1 from public.panels p
		where p.id = p_panel_id and p.municipality_id is not distinct from p_municipality_id
	) then
		raise exception using errcode = 'PT404', message = 'panel_not_found', hint = 'panel_not_found';
	end if;

	insert into public.vote_rounds (
		municipality_id, panel_id, title, method, options, opens_at, closes_at, created_by
	)
	values (
		p_municipality_id, p_panel_id, p_title, p_method,
		coalesce(p_options, private.theme_vote_options()), p_opens_at, p_closes_at, auth.uid()
	)
	returning * into v_round;
	return private.round_json(v_round);
end
$$;

-- The round, after checking that the caller holds `p_min_role` for it.
create function private.round_for_staff(p_round_id uuid, p_min_role public.member_role)
returns public.vote_rounds
language plpgsql stable security definer
set search_path = ''
as $$
declare
	v_round public.vote_rounds;
begin
	select * into v_round from public.vote_rounds r where r.id = p_round_id;
	if not found then
		raise exception using errcode = 'PT404', message = 'round_not_found', hint = 'round_not_found';
	end if;
	if not private.may_manage_votes(v_round.municipality_id, p_min_role) then
		raise exception using errcode = 'PT403', message = 'forbidden', hint = 'forbidden';
	end if;
	return v_round;
end
$$;

-- Opens a draft round now (an `opens_at` still in the future moves to now).
create function private.open_round(p_round_id uuid)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_round public.vote_rounds := private.round_for_staff(p_round_id, 'editor');
	v_updated public.vote_rounds;
begin
	if v_round.status = 'draft' and v_round.closes_at <= now() then
		raise exception using errcode = 'PT400', message = 'invalid_period', hint = 'invalid_period';
	end if;
	update public.vote_rounds r
	set status = 'open', opens_at = least(r.opens_at, now())
	where r.id = p_round_id and r.status = 'draft'
	returning * into v_updated;
	if not found then
		raise exception using errcode = 'PT409', message = 'invalid_transition',
			hint = 'invalid_transition', detail = format('%s → open', v_round.status);
	end if;
	return private.round_json(v_updated);
end
$$;

-- Closes an open round now (a `closes_at` still in the future moves to now).
create function private.close_round(p_round_id uuid)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_round public.vote_rounds := private.round_for_staff(p_round_id, 'editor');
	v_updated public.vote_rounds;
begin
	update public.vote_rounds r
	set status = 'closed', closes_at = least(r.closes_at, now())
	where r.id = p_round_id and r.status = 'open'
	returning * into v_updated;
	if not found then
		raise exception using errcode = 'PT409', message = 'invalid_transition',
			hint = 'invalid_transition', detail = format('%s → closed', v_round.status);
	end if;
	return private.round_json(v_updated);
end
$$;

-- Returns each new code once, as XXXX-XXXX; only its hash is kept.
create function private.issue_ballots(p_round_id uuid, p_count int)
returns table (code text)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_round public.vote_rounds := private.round_for_staff(p_round_id, 'editor');
	v_key text;
	v_id uuid;
	v_issued int := 0;
begin
	if p_count is null or p_count not between 1 and 500 then
		raise exception using errcode = 'PT400', message = 'invalid_count', hint = 'invalid_count';
	end if;
	if private.round_phase(v_round.status, v_round.opens_at, v_round.closes_at) = 'closed' then
		raise exception using errcode = 'PT409', message = 'round_closed', hint = 'round_closed';
	end if;
	while v_issued < p_count loop
		v_key := private.new_ballot_code();
		insert into public.ballots (round_id, code_hash)
		values (p_round_id, private.ballot_code_hash(v_key))
		on conflict (code_hash) do nothing
		returning id into v_id;
		if v_id is not null then
			v_issued := v_issued + 1;
			code := left(v_key, 4) || '-' || right(v_key, 4);
			return next;
		end if;
	end loop;
end
$$;

create function private.round_status(p_round_id uuid)
returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	v_round public.vote_rounds := private.round_for_staff(p_round_id, 'viewer');
begin
	return private.round_json(v_round) || jsonb_build_object(
		'ballots_issued', (select count(*) from public.ballots b where b.round_id = p_round_id),
		'votes_cast', (select count(*) from public.votes v where v.round_id = p_round_id)
	);
end
$$;

-- ---------------------------------------------------------------- voters: get_ballot, cast_votes
create function private.get_ballot(p_ballot_code text)
returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	v_key text := private.ballot_code_key(p_ballot_code);
	v_ballot public.ballots;
	v_round public.vote_rounds;
	v_phase text;
begin
	if v_key is null then
		raise exception using errcode = 'PT400', message = 'invalid_code', hint = 'invalid_code';
	end if;
	select * into v_ballot from public.ballots b where b.code_hash = private.ballot_code_hash(v_key);
	if not found then
		raise exception using errcode = 'PT404', message = 'ballot_not_found', hint = 'ballot_not_found';
	end if;
	select * into v_round from public.vote_rounds r where r.id = v_ballot.round_id;
	v_phase := private.round_phase(v_round.status, v_round.opens_at, v_round.closes_at);
	if v_phase = 'draft' then
		raise exception using errcode = 'PT409', message = 'round_not_open', hint = 'round_not_open';
	elsif v_phase = 'closed' then
		raise exception using errcode = 'PT409', message = 'round_closed', hint = 'round_closed';
	end if;
	return jsonb_build_object(
		'round', jsonb_build_object(
			'id', v_round.id,
			'title', v_round.title,
			'method', v_round.method,
			'options', v_round.options,
			'opens_at', v_round.opens_at,
			'closes_at', v_round.closes_at,
			'status', v_phase
		),
		'used', v_ballot.used_at is not null
	);
end
$$;

create function private.to_uuid(p_value text)
returns uuid
language sql immutable
set search_path = ''
as $$
	select case
		when p_value ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then p_value::uuid
	end
$$;

-- One item of a cast_votes batch. Order of the checks: a known vote id is answered first
-- (`duplicate` or `conflict`, also after the round closed), then the code, the ballot, the round
-- and the ballot's content.
create function private.cast_vote(
	p_item jsonb,
	out o_id uuid,
	out o_status text,
	out o_reason text
)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_round_id uuid;
	v_key text;
	v_cast_at timestamptz;
	v_ballot public.ballots;
	v_round public.vote_rounds;
	v_existing public.votes;
	v_canonical jsonb;
	v_inserted uuid;
begin
	o_status := 'rejected';
	if jsonb_typeof(p_item) is distinct from 'object' then
		o_reason := 'invalid_item';
		return;
	end if;
	o_id := private.to_uuid(p_item ->> 'id');
	v_round_id := private.to_uuid(p_item ->> 'round_id');
	if o_id is null or v_round_id is null
		or jsonb_typeof(p_item -> 'ballot_code') is distinct from 'string'
		or jsonb_typeof(p_item -> 'ballot') is distinct from 'object'
		-- cast_at is optional; when given, an ISO 8601 time with its offset
		or coalesce(
			(p_item ->> 'cast_at') !~
				'^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}(:?\d{2})?)$',
			false
		)
	then
		o_reason := 'invalid_item';
		return;
	end if;
	begin
		v_cast_at := (p_item ->> 'cast_at')::timestamptz;
	exception when data_exception then
		o_reason := 'invalid_item';
		return;
	end;

	v_key := private.ballot_code_key(p_item ->> 'ballot_code');
	if v_key is not null then
		select * into v_ballot from public.ballots b where b.code_hash = private.ballot_code_hash(v_key);
	end if;

	select * into v_existing from public.votes v where v.id = o_id;
	if v_existing.id is null then
		if v_key is null then
			o_reason := 'invalid_code';
			return;
		end if;
		if v_ballot.id is null or v_ballot.round_id <> v_round_id then
			o_reason := 'ballot_not_found';
			return;
		end if;
		if v_ballot.used_at is not null then
			o_reason := 'ballot_used';
			return;
		end if;

		select * into v_round from public.vote_rounds r where r.id = v_round_id;
		if v_round.status = 'draft' or now() < v_round.opens_at then
			o_reason := 'round_not_open';
			return;
		end if;
		-- A vote cast before the closing time may arrive within the grace period; the device's
		-- clock is trusted only for that, and never beyond the present.
		v_cast_at := least(coalesce(v_cast_at, now()), now());
		if now() >= v_round.closes_at
			and not (v_cast_at < v_round.closes_at and now() < v_round.closes_at + v_round.grace_period)
		then
			o_reason := 'round_closed';
			return;
		end if;

		v_canonical := private.canonical_ballot(v_round.method, v_round.options, p_item -> 'ballot');
		if v_canonical is null then
			o_reason := 'invalid_ballot';
			return;
		end if;

		insert into public.votes (id, ballot_id, round_id, ballot, content_hash, cast_at)
		values (
			o_id, v_ballot.id, v_round_id, v_canonical,
			private.vote_content_hash(v_round_id, v_ballot.id, v_canonical), v_cast_at
		)
		on conflict do nothing
		returning id into v_inserted;
		if v_inserted is not null then
			update public.ballots b set used_at = now() where b.id = v_ballot.id;
			o_status := 'stored';
			return;
		end if;
		-- A concurrent request stored a vote with this id or on this ballot first.
		select * into v_existing from public.votes v where v.id = o_id;
		if v_existing.id is null then
			o_reason := 'ballot_used';
			return;
		end if;
	end if;

	-- The same vote id again: a resend is a duplicate, anything else a conflict.
	o_reason := 'conflict';
	if v_ballot.id is not distinct from v_existing.ballot_id and v_round_id = v_existing.round_id then
		select * into v_round from public.vote_rounds r where r.id = v_round_id;
		v_canonical := private.canonical_ballot(v_round.method, v_round.options, p_item -> 'ballot');
		if v_canonical is not null
			and private.vote_content_hash(v_round_id, v_ballot.id, v_canonical) = v_existing.content_hash
		then
			o_status := 'duplicate';
			o_reason := null;
		end if;
	end if;
end
$$;

-- Per the RPC contract (design §4): one row per item, in order; each item all-or-nothing.
create function private.cast_votes(p_batch jsonb)
returns table (id uuid, status text, reason text)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_item jsonb;
begin
	if p_batch is null or jsonb_typeof(p_batch) <> 'array' then
		raise exception using errcode = 'PT400', message = 'invalid_batch', hint = 'invalid_batch';
	end if;
	if jsonb_array_length(p_batch) > 500 then
		-- 413, as submit_responses answers
		raise exception using errcode = 'PT413', message = 'batch_too_large', hint = 'batch_too_large',
			detail = 'at most 500 items per batch';
	end if;
	for v_item in
		select e.value from jsonb_array_elements(p_batch) with ordinality e (value, n) order by e.n
	loop
		select c.o_id, c.o_status, c.o_reason into id, status, reason from private.cast_vote(v_item) c;
		return next;
	end loop;
end
$$;

-- ---------------------------------------------------------------- tallies
-- Each returns one row per option: the score it is ranked by and the figures behind it.

-- points: score = the sum of the points given; figures: points, voters (who gave it at least 1).
create function private.tally_points(p_round_id uuid, p_options jsonb)
returns table (option text, score numeric, figures jsonb)
language sql stable
set search_path = ''
as $$
	select
		o.opt ->> 'value',
		coalesce(sum(p.points), 0),
		jsonb_build_object('points', coalesce(sum(p.points), 0), 'voters', count(p.points))
	from jsonb_array_elements(p_options) o (opt)
	left join (
		select e.key, e.value::int as points
		from public.votes v, jsonb_each_text(v.ballot -> 'points') e
		where v.round_id = p_round_id
	) p on p.key = o.opt ->> 'value'
	group by o.opt ->> 'value'
$$;

-- ranking: Borda count, 3/2/1 points for places 1/2/3; figures: points and the votes per place.
create function private.tally_ranking(p_round_id uuid, p_options jsonb)
returns table (option text, score numeric, figures jsonb)
language sql stable
set search_path = ''
as $$
	select
		o.opt ->> 'value',
		coalesce(sum(4 - r.place), 0),
		jsonb_build_object(
			'points', coalesce(sum(4 - r.place), 0),
			'first_place', count(*) filter (where r.place = 1),
			'second_place', count(*) filter (where r.place = 2),
			'third_place', count(*) filter (where r.place = 3)
		)
	from jsonb_array_elements(p_options) o (opt)
	left join (
		select e.option, e.place
		from public.votes v,
			jsonb_array_elements_text(v.ballot -> 'ranking') with ordinality e (option, place)
		where v.round_id = p_round_id
	) r on r.option = o.opt ->> 'value'
	group by o.opt ->> 'value'
$$;

-- pairwise: each option's win rate under a Beta(1,1) (uniform) prior, i.e. the posterior mean
-- score = (wins + 1) / (comparisons + 2). An option starts at 1/2 and moves away from it only as
-- judgements come in, so one lucky win does not top the ranking. Within one ballot, only the last
-- judgement on each pair of options counts, which bounds the weight of a single voter. The model
-- ignores the strength of the opponents (unlike Bradley–Terry): simple to explain to a panel, and
-- fair when pairs are shown at random. Ranked on 12 decimals, enough to keep apart any two
-- different fractions with denominators below 10^6.
create function private.tally_pairwise(p_round_id uuid, p_options jsonb)
returns table (option text, score numeric, figures jsonb)
language sql stable
set search_path = ''
as $$
	with pairs as (
		select v.id as vote_id, p.value ->> 'winner' as winner, p.value ->> 'loser' as loser, p.n
		from public.votes v,
			jsonb_array_elements(v.ballot -> 'pairs') with ordinality p (value, n)
		where v.round_id = p_round_id
	),
	judgements as (
		select distinct on (p.vote_id, least(p.winner, p.loser), greatest(p.winner, p.loser))
			p.winner, p.loser
		from pairs p
		order by p.vote_id, least(p.winner, p.loser), greatest(p.winner, p.loser), p.n desc
	),
	counted as (
		select
			o.opt ->> 'value' as option,
			(select count(*) from judgements j where j.winner = o.opt ->> 'value') as wins,
			(select count(*) from judgements j where j.loser = o.opt ->> 'value') as losses
		from jsonb_array_elements(p_options) o (opt)
	)
	select
		c.option,
		round((c.wins + 1)::numeric / (c.wins + c.losses + 2), 12),
		jsonb_build_object('wins', c.wins, 'losses', c.losses, 'comparisons', c.wins + c.losses)
	from counted c
$$;

create function private.method_note(p_method text)
returns jsonb
language sql immutable
set search_path = ''
as $$
	select case p_method
		when 'points' then jsonb_build_object(
			'nl', 'Iedere stemmer verdeelde 10 punten over de opties. De score is het totaal aantal punten; '
				'"voters" is het aantal stemmers dat de optie minstens 1 punt gaf. Gelijke scores delen een plaats.',
			'en', 'Each voter spread 10 points over the options. The score is the total number of points; '
				'"voters" counts the voters who gave the option at least 1 point. Equal scores share a place.'
		)
		when 'ranking' then jsonb_build_object(
			'nl', 'Borda-telling: iedere stemmer zette zijn top 3 op volgorde. Plaats 1 krijgt 3 punten, '
				'plaats 2 krijgt 2 punten en plaats 3 krijgt 1 punt. De score is het totaal; "first_place" telt '
				'hoe vaak een optie op 1 stond. Gelijke scores delen een plaats.',
			'en', 'Borda count: each voter ordered their top 3. Place 1 gets 3 points, place 2 gets 2 points '
				'and place 3 gets 1 point. The score is the total; "first_place" counts how often an option was '
				'ranked first. Equal scores share a place.'
		)
		when 'pairwise' then jsonb_build_object(
			'nl', 'Win-percentage met een Beta(1,1)-prior: score = (gewonnen + 1) / (vergelijkingen + 2). '
				'Elke optie begint op 0,5 en beweegt pas weg naarmate ze vaker gekozen of niet gekozen wordt. '
				'Kwam hetzelfde paar bij een stemmer vaker voorbij, dan telt alleen de laatste keuze. De sterkte '
				'van de tegenstander telt niet mee. Gelijke scores delen een plaats.',
			'en', 'Win rate with a Beta(1,1) prior: score = (wins + 1) / (comparisons + 2). Every option '
				'starts at 0.5 and moves away from it only as it is chosen or passed over. When a voter judged '
				'the same pair more than once, only the last choice counts. The strength of the opponent is '
				'not taken into account. Equal scores share a place.'
		)
	end
$$;

create function private.round_results(p_round_id uuid)
returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	v_round public.vote_rounds;
	v_phase text;
	v_result jsonb;
begin
	select * into v_round from public.vote_rounds r where r.id = p_round_id;
	if not found then
		raise exception using errcode = 'PT404', message = 'round_not_found', hint = 'round_not_found';
	end if;
	v_phase := private.round_phase(v_round.status, v_round.opens_at, v_round.closes_at);
	if v_phase <> 'closed'
		and not (auth.uid() is not null and private.may_manage_votes(v_round.municipality_id, 'viewer'))
	then
		raise exception using errcode = 'PT409', message = 'round_not_closed', hint = 'round_not_closed';
	end if;

	with tally as (
		select * from private.tally_points(v_round.id, v_round.options) where v_round.method = 'points'
		union all
		select * from private.tally_ranking(v_round.id, v_round.options) where v_round.method = 'ranking'
		union all
		select * from private.tally_pairwise(v_round.id, v_round.options) where v_round.method = 'pairwise'
	),
	ranked as (
		select
			t.option, t.score, t.figures, o.opt -> 'label' as label, o.position,
			rank() over (order by t.score desc) as rank
		from tally t
		join jsonb_array_elements(v_round.options) with ordinality o (opt, position)
			on o.opt ->> 'value' = t.option
	),
	tie_groups as (
		select r.rank, jsonb_agg(r.option order by r.position) as options
		from ranked r
		group by r.rank
		having count(*) > 1
	)
	select jsonb_build_object(
		'round', jsonb_build_object(
			'id', v_round.id,
			'title', v_round.title,
			'method', v_round.method,
			'status', v_phase,
			'opens_at', v_round.opens_at,
			'closes_at', v_round.closes_at
		),
		-- false while votes cast before closing may still arrive
		'final', v_phase = 'closed' and now() >= v_round.closes_at + v_round.grace_period,
		'ballots_cast', (select count(*) from public.votes v where v.round_id = v_round.id),
		'ranking', (
			select jsonb_agg(
				jsonb_build_object(
					'rank', r.rank,
					'option', r.option,
					'label', r.label,
					'score', case when v_round.method = 'pairwise' then round(r.score, 6) else r.score end
				) || r.figures
				order by r.rank, r.position
			)
			from ranked r
		),
		'ties', coalesce((select jsonb_agg(g.options order by g.rank) from tie_groups g), '[]'),
		'method_note', private.method_note(v_round.method)
	)
	into v_result;
	return v_result;
end
$$;

-- ---------------------------------------------------------------- public wrappers (what PostgREST exposes)
create function public.create_round(
	p_municipality_id uuid,
	p_title jsonb,
	p_method text,
	p_opens_at timestamptz,
	p_closes_at timestamptz,
	p_options jsonb default null,
	p_panel_id uuid default null
)
returns jsonb
language sql
as $$
	select private.create_round(
		p_municipality_id, p_title, p_method, p_opens_at, p_closes_at, p_options, p_panel_id
	)
$$;

create function public.open_round(p_round_id uuid)
returns jsonb
language sql
as $$
	select private.open_round(p_round_id)
$$;

create function public.close_round(p_round_id uuid)
returns jsonb
language sql
as $$
	select private.close_round(p_round_id)
$$;

create function public.issue_ballots(p_round_id uuid, p_count int)
returns table (code text)
language sql
as $$
	select b.code from private.issue_ballots(p_round_id, p_count) b
$$;

create function public.round_status(p_round_id uuid)
returns jsonb
language sql
as $$
	select private.round_status(p_round_id)
$$;

create function public.get_ballot(p_ballot_code text)
returns jsonb
language sql
as $$
	select private.get_ballot(p_ballot_code)
$$;

create function public.cast_votes(p_batch jsonb)
returns table (id uuid, status text, reason text)
language sql
as $$
	select c.id, c.status, c.reason from private.cast_votes(p_batch) c
$$;

create function public.round_results(p_round_id uuid)
returns jsonb
language sql
as $$
	select private.round_results(p_round_id)
$$;

-- ---------------------------------------------------------------- execute grants
revoke all on function
	private.valid_texts(jsonb),
	private.valid_vote_options(jsonb),
	private.theme_vote_options(),
	private.round_phase(text, timestamptz, timestamptz),
	private.round_json(public.vote_rounds),
	private.ballot_code_key(text),
	private.ballot_code_hash(text),
	private.new_ballot_code(),
	private.canonical_ballot(text, jsonb, jsonb),
	private.vote_content_hash(uuid, uuid, jsonb),
	private.create_round(uuid, jsonb, text, timestamptz, timestamptz, jsonb, uuid),
	private.round_for_staff(uuid, public.member_role),
	private.open_round(uuid),
	private.close_round(uuid),
	private.issue_ballots(uuid, int),
	private.round_status(uuid),
	private.get_ballot(text),
	private.to_uuid(text),
	private.cast_vote(jsonb),
	private.cast_votes(jsonb),
	private.tally_points(uuid, jsonb),
	private.tally_ranking(uuid, jsonb),
	private.tally_pairwise(uuid, jsonb),
	private.method_note(text),
	private.round_results(uuid)
from public, anon, authenticated;

revoke all on function
	public.create_round(uuid, jsonb, text, timestamptz, timestamptz, jsonb, uuid),
	public.open_round(uuid),
	public.close_round(uuid),
	public.issue_ballots(uuid, int),
	public.round_status(uuid),
	public.get_ballot(text),
	public.cast_votes(jsonb),
	public.round_results(uuid)
from public, anon, authenticated;

-- Staff: signed in, role checked inside.
grant execute on function
	public.create_round(uuid, jsonb, text, timestamptz, timestamptz, jsonb, uuid),
	private.create_round(uuid, jsonb, text, timestamptz, timestamptz, jsonb, uuid),
	public.open_round(uuid),
	private.open_round(uuid),
	public.close_round(uuid),
	private.close_round(uuid),
	public.issue_ballots(uuid, int),
	private.issue_ballots(uuid, int),
	public.round_status(uuid),
	private.round_status(uuid)
to authenticated, service_role;

-- Voters have no account; staff may try a ballot too.
grant execute on function
	public.get_ballot(text),
	private.get_ballot(text),
	public.cast_votes(jsonb),
	private.cast_votes(jsonb),
	public.round_results(uuid),
	private.round_results(uuid)
to anon, authenticated, service_role;
