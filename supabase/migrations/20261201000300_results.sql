-- Results of rights scans that are safe to publish, "what we do with it" feedback, and the
-- coalition's national overview (issues 5 and 7; design §4, §6).
--
-- ---------------------------------------------------------------- the disclosure rules
-- Everything published about what young people answered follows these rules. They live in one
-- place, private.disclose; every result RPC and the CSV export go through it.
--
--  1. A question is shown only when at least k young people answered it (k is the scan's k_min, at
--     least 10). Otherwise it reads "too few answers" and shows no number at all.
--  2. An age group is shown only when at least k of its young people answered. When exactly one
--     group would be hidden, the smallest other group is hidden too, so the hidden group cannot be
--     worked out by taking the shown groups away from the total.
--  3. Numbers of people are rounded to a multiple of 5 (12 becomes 10, 13 becomes 15). A count of 1
--     to 4 is not shown; it reads "fewer than 5". Nobody (0) is shown as 0.
--  4. Percentages are worked out from the rounded numbers that are shown, so they never reveal an
--     exact count. Example: 12 answers, 7 "yes" and 5 "no", are shown as 10 answers, 5 and 5,
--     50 % and 50 %.
--  5. When a sum contains exactly one hidden number, the nearest shown neighbour in that sum (one
--     that is not 0) is hidden too, so the hidden number cannot be found by subtraction. The sums are: the answers
--     of one age group (they add up to the group), the answers of everyone, and one answer across
--     the age groups (the groups add up to everyone). The neighbour is the next answer on the scale
--     or the next age group; which one depends only on positions, never on the numbers, so the
--     choice itself gives nothing away. A number hidden this way reads "hidden", not "fewer than 5".
--     Where people may tick several answers, one person's answers do not add up to the group,
--     but the age groups still add up to everyone: rule 6 takes both into account.
--  6. Finally every result is checked the way someone hunting for a hidden number would: from all
--     numbers shown (knowing each rounded number is at most 2 off), the smallest and largest
--     possible value of every hidden number is worked out. If any hidden number is left with only
--     one possible value, the age-group breakdown of that question is not published, only the
--     figures for everyone; if those still give a number away, the question is not published.
--     (An answer nobody gave at all is 0 for every age group too; that is no secret.)
--  7. Results are public only after the scan has closed and staff have published them. Staff of
--     the municipality see the figures of an open or closed scan under the same rules. Free-text
--     answers are never public and never exported; only the municipality's admins can read them.
--  8. Comparisons with other scans and the national overview add up the counters of published
--     scans that asked the same question and that showed it (rule 1), and apply the same rules to
--     the sums. An answer that any of those scans hides is hidden in the sum too, so it cannot be
--     found by taking the other scans' figures away. A comparison needs at least 2 other scans,
--     a national figure at least 2 scans.
--
-- tests/db/disclosure-property.spec.ts checks rules 1–6 by brute force: for many small scans it
-- searches every count table that would give the same published result and shows that each hidden
-- number can still have at least two different values.

-- ---------------------------------------------------------------- private.disclose
-- What may be published of one question, by the rules above. Plain inputs, so
-- the rules can be tested on their own (tests/db/disclosure-property.spec.ts):
--   p_groups  the age bands in display order ('{}' for a total without breakdown)
--   p_values  the answer values in display order
--   p_counts  respondents per (band, value), band by band: band i, value j at (i - 1) * V + j;
--             without bands: respondents per value
--   p_sizes   respondents per band who answered the question; without bands: {all respondents}
--   p_k       the scan's k_min
--   p_multi   several answers per respondent (cells do not add up to n within a band)
--   p_hidden  values that must be hidden in the total (used for sums over several scans)
-- Returns {n, suppressed, options: [{value, count, percent, fewer_than_5}],
--          by_age_band: [{age_band, n, suppressed, options}]}.
create function private.disclose(
	p_groups text[],
	p_values text[],
	p_counts int[],
	p_sizes int[],
	p_k int,
	p_multi boolean,
	p_hidden text[] default '{}'
)
returns jsonb
language plpgsql immutable parallel safe
set search_path = ''
as $$
declare
	-- "no upper bound": anything from c_unbounded up counts as unbounded, so sums never creep down from it
	c_inf constant bigint := 1000000000;
	c_unbounded constant bigint := 500000000;
	-- states of a number: 0 shown, 1 fewer than 5, 2 hidden to protect another, 3 in a hidden band
	-- (or a hidden band's size, when the band is below k), 4 size of a band hidden to protect
	-- another band, 5 hidden because a contributing scan hides it
	v_bands int := coalesce(cardinality(p_groups), 0);
	v_nv int := coalesce(cardinality(p_values), 0);
	v_total bigint := 0;
	v_col bigint[];
	g int;
	v int;
	i int;
	j int;
	a int;
	-- one publication attempt: with the breakdown by band, then the total alone
	v_g int;
	v_ne int;
	e_kind "char"[];
	e_val int[];
	e_num bigint[];
	e_state int[];
	-- lines: a margin and the numbers that add up to it (eq) or that it bounds (multi rows)
	l_margin int[];
	l_start int[];
	l_len int[];
	l_eq boolean[];
	l_items int[];
	v_nl int;
	v_hidden_count int;
	v_anchor_pos int;
	v_best int;
	v_best_key int;
	v_key int;
	v_changed boolean;
	-- the audit
	lo bigint[];
	hi bigint[];
	s_lo bigint;
	s_hi bigint;
	v_pinned boolean;
	v_r bigint;
	-- output
	v_rn int;
	v_text text;
	v_gn int;
begin
	if p_k is null or p_k < 3 or p_multi is null
		or coalesce(cardinality(p_sizes), 0) <> greatest(v_bands, 1)
		or coalesce(cardinality(p_counts), 0) <> greatest(v_bands, 1) * v_nv
		or array_position(p_counts, null) is not null or array_position(p_sizes, null) is not null
		or 0 > any (p_counts) or 0 > any (p_sizes)
	then
		raise exception using errcode = '22023', message = 'disclose: inconsistent counts';
	end if;

	select coalesce(sum(x), 0) into v_total from unnest(p_sizes) as x;
	if v_total < p_k then
		return jsonb_build_object('n', null, 'suppressed', true, 'options', '[]'::jsonb, 'by_age_band', '[]'::jsonb);
	end if;
	v_col := array_fill(0::bigint, array[greatest(v_nv, 1)]);
	for g in 1..greatest(v_bands, 1) loop
		for v in 1..v_nv loop
			v_col[v] := v_col[v] + p_counts[(g - 1) * v_nv + v];
		end loop;
	end loop;

	for attempt in 1..2 loop
		v_g := case when attempt = 1 then v_bands else 0 end;
		exit when attempt = 2 and v_bands = 0;

		-- ---- the numbers: N, n per band, total per value, cell per (band, value)
		-- index: N = 1, n(g) = 1 + g, T(v) = 1 + G + v, x(g, v) = 1 + G + V + (g - 1) * V + v
		v_ne := 1 + v_g + v_nv + v_g * v_nv;
		e_kind := array_fill('x'::"char", array[v_ne]);
		e_val := array_fill(0, array[v_ne]);
		e_num := array_fill(0::bigint, array[v_ne]);
		e_state := array_fill(0, array[v_ne]);
		e_kind[1] := 'N';
		e_num[1] := v_total;
		for g in 1..v_g loop
			e_kind[1 + g] := 'n';
			e_num[1 + g] := p_sizes[g];
		end loop;
		for v in 1..v_nv loop
			i := 1 + v_g + v;
			e_kind[i] := 'T';
			e_val[i] := v;
			e_num[i] := v_col[v];
			e_state[i] := case
				when v_col[v] between 1 and 4 then 1
				when p_values[v] = any (p_hidden) then 5
				else 0
			end;
		end loop;
		for g in 1..v_g loop
			for v in 1..v_nv loop
				i := 1 + v_g + v_nv + (g - 1) * v_nv + v;
				e_val[i] := v;
				e_num[i] := p_counts[(g - 1) * v_nv + v];
				e_state[i] := case when e_num[i] between 1 and 4 then 1 else 0 end;
			end loop;
		end loop;

		-- ---- rule 2: bands below k are hidden; a lone hidden band takes the smallest other with it
		v_hidden_count := 0;
		for g in 1..v_g loop
			if p_sizes[g] < p_k then
				v_hidden_count := v_hidden_count + 1;
				e_state[1 + g] := 3;
				for v in 1..v_nv loop
					e_state[1 + v_g + v_nv + (g - 1) * v_nv + v] := 3;
				end loop;
			end if;
		end loop;
		if v_hidden_count = 1 and v_g > 1 then
			v_best := 0;
			for g in 1..v_g loop
				continue when e_state[1 + g] <> 0;
				if v_best = 0 or (p_sizes[g] + 2) / 5 < (p_sizes[v_best] + 2) / 5 then
					v_best := g;
				end if;
			end loop;
			e_state[1 + v_best] := 4;
			for v in 1..v_nv loop
				e_state[1 + v_g + v_nv + (v_best - 1) * v_nv + v] := 3;
			end loop;
		end if;

		-- nothing hidden: nothing to protect (and no work for rules 5 and 6)
		v_pinned := false;
		if 0 < any (e_state) then
			-- ---- the lines
			l_margin := '{}';
			l_start := '{}';
			l_len := '{}';
			l_eq := '{}';
			l_items := '{}';
			if v_g > 0 then
				-- everyone = the sum of the bands
				l_margin := l_margin || 1;
				l_start := l_start || (cardinality(l_items) + 1);
				l_len := l_len || v_g;
				l_eq := l_eq || true;
				for g in 1..v_g loop
					l_items := l_items || (1 + g);
				end loop;
				-- per value: the total = the sum over the bands (also for several answers per respondent)
				for v in 1..v_nv loop
					l_margin := l_margin || (1 + v_g + v);
					l_start := l_start || (cardinality(l_items) + 1);
					l_len := l_len || v_g;
					l_eq := l_eq || true;
					for g in 1..v_g loop
						l_items := l_items || (1 + v_g + v_nv + (g - 1) * v_nv + v);
					end loop;
				end loop;
				-- per band: its respondents = the sum of its cells (one answer each), or bound them
				for g in 1..v_g loop
					continue when v_nv = 0;
					l_margin := l_margin || (1 + g);
					l_start := l_start || (cardinality(l_items) + 1);
					l_len := l_len || v_nv;
					l_eq := l_eq || not p_multi;
					for v in 1..v_nv loop
						l_items := l_items || (1 + v_g + v_nv + (g - 1) * v_nv + v);
					end loop;
				end loop;
			end if;
			if v_nv > 0 then
				l_margin := l_margin || 1;
				l_start := l_start || (cardinality(l_items) + 1);
				l_len := l_len || v_nv;
				l_eq := l_eq || not p_multi;
				for v in 1..v_nv loop
					l_items := l_items || (1 + v_g + v);
				end loop;
			end if;
			v_nl := coalesce(cardinality(l_margin), 0);

			-- ---- rule 5: a sum with exactly one hidden number gets its nearest shown neighbour hidden too
			loop
				v_changed := false;
				for l in 1..v_nl loop
					continue when not l_eq[l] or (v_g > 0 and l = 1);
					v_hidden_count := case when e_state[l_margin[l]] > 0 then 1 else 0 end;
					v_anchor_pos := -1;
					for j in 0..l_len[l] - 1 loop
						i := l_items[l_start[l] + j];
						if e_state[i] > 0 then
							v_hidden_count := v_hidden_count + 1;
							v_anchor_pos := j;
						end if;
					end loop;
					continue when v_hidden_count <> 1;
					v_best := 0;
					v_best_key := 2147483647;
					for j in 0..l_len[l] loop
						i := case when j < l_len[l] then l_items[l_start[l] + j] else l_margin[l] end;
						continue when e_state[i] > 0 or e_num[i] = 0 or e_kind[i] in ('n', 'N');
						-- a value's total is hidden only when no age group's cell can be
						v_key := case
							when j = l_len[l] then 10000
							when v_anchor_pos < 0 then j * 2
							else abs(j - v_anchor_pos) * 2 + case when j > v_anchor_pos then 0 else 1 end
						end;
						if v_key < v_best_key then
							v_best_key := v_key;
							v_best := i;
						end if;
					end loop;
					if v_best > 0 then
						e_state[v_best] := 2;
						v_changed := true;
					end if;
				end loop;
				exit when not v_changed;
			end loop;

			-- ---- rule 6: the audit. Work out, from everything shown, the smallest and largest value each
			-- hidden number could have; if any is left with one possibility, this attempt fails.
			lo := array_fill(0::bigint, array[v_ne]);
			hi := array_fill(0::bigint, array[v_ne]);
			for i in 1..v_ne loop
				if e_state[i] = 0 then
					if e_num[i] > 0 then
						v_r := (e_num[i] + 2) / 5 * 5;
						lo[i] := greatest(case when e_kind[i] in ('n', 'N') then p_k else 5 end, v_r - 2);
						hi[i] := v_r + 2;
					end if;
				elsif e_state[i] = 1 then
					lo[i] := 1;
					hi[i] := 4;
				elsif e_state[i] = 2 then
					lo[i] := 5;
					hi[i] := c_inf;
				elsif e_state[i] = 3 and e_kind[i] = 'n' then
					hi[i] := p_k - 1;
				elsif e_state[i] = 4 then
					lo[i] := p_k;
					hi[i] := c_inf;
				else
					hi[i] := c_inf;
				end if;
			end loop;
			v_pinned := true;
			for pass in 1..100 loop
				v_changed := false;
				for l in 1..v_nl loop
					s_lo := 0;
					s_hi := 0;
					for j in 0..l_len[l] - 1 loop
						i := l_items[l_start[l] + j];
						s_lo := s_lo + lo[i];
						s_hi := s_hi + hi[i];
					end loop;
					a := l_margin[l];
					if l_eq[l] then
						if s_lo > lo[a] then lo[a] := s_lo; v_changed := true; end if;
						if s_hi < least(hi[a], c_unbounded) then hi[a] := s_hi; v_changed := true; end if;
						for j in 0..l_len[l] - 1 loop
							i := l_items[l_start[l] + j];
							if lo[a] - (s_hi - hi[i]) > lo[i] then lo[i] := lo[a] - (s_hi - hi[i]); v_changed := true; end if;
							if hi[a] - (s_lo - lo[i]) < least(hi[i], c_unbounded) then hi[i] := hi[a] - (s_lo - lo[i]); v_changed := true; end if;
						end loop;
					else
						-- several answers each: every cell is at most the band's size, together at least it
						if s_hi < least(hi[a], c_unbounded) then hi[a] := s_hi; v_changed := true; end if;
						for j in 0..l_len[l] - 1 loop
							i := l_items[l_start[l] + j];
							if lo[i] > lo[a] then lo[a] := lo[i]; v_changed := true; end if;
							if hi[a] < least(hi[i], c_unbounded) then hi[i] := hi[a]; v_changed := true; end if;
							if lo[a] - (s_hi - hi[i]) > lo[i] then lo[i] := lo[a] - (s_hi - hi[i]); v_changed := true; end if;
						end loop;
					end if;
				end loop;
				-- a cell is at least its value's total plus its band's size minus everyone
				-- (the others who gave this answer are at most all the others)
				for g in 1..v_g loop
					for v in 1..v_nv loop
						i := 1 + v_g + v_nv + (g - 1) * v_nv + v;
						a := 1 + v_g + v;
						j := 1 + g;
						if lo[a] + lo[j] - hi[1] > lo[i] then lo[i] := lo[a] + lo[j] - hi[1]; v_changed := true; end if;
						if hi[i] + hi[1] - lo[j] < least(hi[a], c_unbounded) then hi[a] := hi[i] + hi[1] - lo[j]; v_changed := true; end if;
						if hi[i] + hi[1] - lo[a] < least(hi[j], c_unbounded) then hi[j] := hi[i] + hi[1] - lo[a]; v_changed := true; end if;
						if lo[a] + lo[j] - hi[i] > lo[1] then lo[1] := lo[a] + lo[j] - hi[i]; v_changed := true; end if;
					end loop;
				end loop;
				if not v_changed then
					v_pinned := false;
					exit;
				end if;
				-- counters that contradict each other: publish nothing of this attempt
				exit when exists (select 1 from unnest(lo, hi) as b (l, h) where b.l > b.h or b.l > c_inf);
			end loop;
			if not v_pinned then
				for i in 1..v_ne loop
					continue when e_state[i] = 0 or lo[i] < hi[i];
					-- a cell under a total shown as 0 is 0 for everyone to see
					continue when e_kind[i] = 'x' and e_state[1 + v_g + e_val[i]] = 0
						and e_num[1 + v_g + e_val[i]] = 0;
					v_pinned := true;
					exit;
				end loop;
			end if;
		end if;
		continue when v_pinned;

		-- ---- publish: rounded counts, percentages of the rounded counts (built as text: fast)
		v_rn := (v_total + 2) / 5 * 5;
		v_text := '';
		for v in 1..v_nv loop
			i := 1 + v_g + v;
			v_text := v_text || case when v > 1 then ',' else '' end || '{"value":' || to_json(p_values[v])::text
				|| case when e_state[i] = 0 then
					',"count":' || ((e_num[i] + 2) / 5 * 5) || ',"percent":'
					|| round(100.0 * ((e_num[i] + 2) / 5 * 5) / v_rn)::int || ',"fewer_than_5":false}'
				else
					',"count":null,"percent":null,"fewer_than_5":' || (e_state[i] = 1)::text || '}'
				end;
		end loop;
		v_text := '{"n":' || v_rn || ',"suppressed":false,"options":[' || v_text || '],"by_age_band":[';
		for g in 1..v_bands loop
			v_text := v_text || case when g > 1 then ',' else '' end || '{"age_band":' || to_json(p_groups[g])::text;
			if v_g = 0 or e_state[1 + g] <> 0 then
				v_text := v_text || ',"n":null,"suppressed":true,"options":[]}';
				continue;
			end if;
			v_gn := (p_sizes[g] + 2) / 5 * 5;
			v_text := v_text || ',"n":' || v_gn || ',"suppressed":false,"options":[';
			for v in 1..v_nv loop
				i := 1 + v_g + v_nv + (g - 1) * v_nv + v;
				v_text := v_text || case when v > 1 then ',' else '' end || '{"value":' || to_json(p_values[v])::text
					|| case when e_state[i] = 0 then
						',"count":' || ((e_num[i] + 2) / 5 * 5) || ',"percent":'
						|| round(100.0 * ((e_num[i] + 2) / 5 * 5) / v_gn)::int || ',"fewer_than_5":false}'
					else
						',"count":null,"percent":null,"fewer_than_5":' || (e_state[i] = 1)::text || '}'
					end;
			end loop;
			v_text := v_text || ']}';
		end loop;
		return (v_text || ']}')::jsonb;
	end loop;
	return jsonb_build_object('n', null, 'suppressed', true, 'options', '[]'::jsonb, 'by_age_band', '[]'::jsonb);
end
$$;
revoke all on function private.disclose(text[], text[], int[], int[], int, boolean, text[]) from public;

-- ---------------------------------------------------------------- the figures of one scan
-- Per question of the scan: what may be published, from the counters (never raw answers). Each
-- question is broken down by the scan's age bands it was asked to. Text questions have no figures.
create function private.compute_results(p_scan_id uuid)
returns table (question_id text, result jsonb, n int, totals int[])
language sql stable
set search_path = ''
as $$
	with
	scan as (select s.id, s.age_bands, s.k_min from public.scans s where s.id = p_scan_id),
	asked as (
		select
			sq.question_id,
			q.kind,
			array(
				select b from unnest(scan.age_bands) with ordinality as t (b, i)
				where b = any (q.age_bands) order by t.i
			) as bands,
			array(
				select o ->> 'value'
				from jsonb_array_elements(private.question_options(q.kind, q.options)) with ordinality as t (o, i)
				order by t.i
			) as vals
		from scan
		join public.scan_questions sq on sq.scan_id = scan.id
		join public.questions q on q.id = sq.question_id
		where q.kind <> 'text'
	),
	cells as (
		select a.question_id, array_agg(coalesce(ac.n, 0) order by b.i, v.i) as counts
		from asked a
		cross join lateral unnest(a.bands) with ordinality as b (band, i)
		cross join lateral unnest(a.vals) with ordinality as v (value, i)
		left join public.answer_counts ac
			on ac.scan_id = p_scan_id and ac.question_id = a.question_id
			and ac.age_band = b.band and ac.value = v.value
		group by a.question_id
	),
	totals as (
		select a.question_id, array_agg(coalesce(t.n, 0) order by v.i) as totals
		from asked a
		cross join lateral unnest(a.vals) with ordinality as v (value, i)
		left join lateral (
			select sum(ac.n)::int as n
			from public.answer_counts ac
			where ac.scan_id = p_scan_id and ac.question_id = a.question_id
				and ac.value = v.value and ac.age_band = any (a.bands)
		) as t on true
		group by a.question_id
	),
	sizes as (
		select a.question_id, array_agg(coalesce(qc.n, 0) order by b.i) as sizes
		from asked a
		cross join lateral unnest(a.bands) with ordinality as b (band, i)
		left join public.question_counts qc
			on qc.scan_id = p_scan_id and qc.question_id = a.question_id and qc.age_band = b.band
		group by a.question_id
	)
	select
		a.question_id,
		private.disclose(a.bands, a.vals, c.counts, s.sizes, scan.k_min, a.kind = 'multi'),
		(select sum(x)::int from unnest(s.sizes) as x),
		t.totals
	from asked a
	cross join scan
	join cells c on c.question_id = a.question_id
	join totals t on t.question_id = a.question_id
	join sizes s on s.question_id = a.question_id
$$;
revoke all on function private.compute_results(uuid) from public;

-- Respondents per age band of a scan, under rules 1–2 and 6 (no answers: sizes only).
create function private.respondents(p_scan public.scans)
returns jsonb
language sql stable
set search_path = ''
as $$
	select private.disclose(
		p_scan.age_bands,
		'{}',
		'{}',
		array(
			select coalesce(rc.n, 0)
			from unnest(p_scan.age_bands) with ordinality as b (band, i)
			left join public.response_counts rc on rc.scan_id = p_scan.id and rc.age_band = b.band
			order by b.i
		),
		p_scan.k_min,
		false
	)
$$;
revoke all on function private.respondents(public.scans) from public;

-- ---------------------------------------------------------------- published figures
-- The figures of published scans, kept current by triggers (answers still arriving in the grace
-- period change them), so that public pages, comparisons and the national overview read them
-- instead of working them out again on every request. Not reachable through the API.
create table private.published_results (
	scan_id uuid not null references public.scans (id) on delete cascade,
	question_id text not null,
	-- what is published (private.disclose)
	result jsonb not null,
	-- for sums over scans (rule 8): exact respondents and counts per value (in option order), and
	-- the values this scan hides in its figures for everyone
	n int not null,
	totals int[] not null,
	hidden text[] not null,
	primary key (scan_id, question_id)
);
alter table private.published_results enable row level security;
revoke all on private.published_results from public, anon, authenticated;
create index published_results_question_idx on private.published_results (question_id);

create function private.refresh_published_results(p_scan_ids uuid[])
returns void
language plpgsql volatile security definer
set search_path = ''
as $$
begin
	if coalesce(cardinality(p_scan_ids), 0) = 0 then
		return;
	end if;
	-- One refresh at a time, each reading what the previous one committed (the sums over scans
	-- below depend on every published scan).
	perform pg_advisory_xact_lock(hashtext('rechtop.published_results'));
	delete from private.published_results pr
	where pr.scan_id = any (p_scan_ids)
		and not exists (select 1 from public.scans s where s.id = pr.scan_id and s.status = 'published');
	insert into private.published_results (scan_id, question_id, result, n, totals, hidden)
	select
		s.id, c.question_id, c.result, c.n, c.totals,
		array(
			select o ->> 'value' from jsonb_array_elements(c.result -> 'options') as o
			where o -> 'count' = 'null'::jsonb
		)
	from public.scans s
	cross join lateral private.compute_results(s.id) as c
	where s.id = any (p_scan_ids) and s.status = 'published'
	on conflict (scan_id, question_id) do update set
		result = excluded.result, n = excluded.n, totals = excluded.totals, hidden = excluded.hidden;
	perform private.refresh_summed_figures(array(
		select distinct sq.question_id from public.scan_questions sq where sq.scan_id = any (p_scan_ids)
	));
end
$$;
revoke all on function private.refresh_published_results(uuid[]) from public;

create function private.scan_publication_changed()
returns trigger
language plpgsql volatile security definer
set search_path = ''
as $$
begin
	if tg_op = 'DELETE' then
		if old.status = 'published' then
			perform private.refresh_summed_figures(array(
				select sf.question_id from private.summed_figures sf where old.id = any (sf.scan_ids)
			));
		end if;
	elsif new.status = 'published' or (tg_op = 'UPDATE' and old.status = 'published') then
		perform private.refresh_published_results(array[new.id]);
	end if;
	return null;
end
$$;
revoke all on function private.scan_publication_changed() from public;

create trigger scans_publication_changed
	after insert or update of status, k_min, age_bands or delete on public.scans
	for each row execute function private.scan_publication_changed();

-- Counters change in several statements per batch; the figures are worked out again once, when
-- the transaction commits (deferred), when all counters agree again.
create function private.published_counts_changed()
returns trigger
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_scan_id uuid := case when tg_op = 'DELETE' then old.scan_id else new.scan_id end;
	v_done text := coalesce(current_setting('rechtop.results_refreshed', true), '');
begin
	if strpos(v_done, v_scan_id::text) > 0 then
		return null;
	end if;
	perform set_config('rechtop.results_refreshed', v_done || v_scan_id::text || ',', true);
	if exists (select 1 from public.scans s where s.id = v_scan_id and s.status = 'published') then
		perform private.refresh_published_results(array[v_scan_id]);
	end if;
	return null;
end
$$;
revoke all on function private.published_counts_changed() from public;

create constraint trigger answer_counts_changed
	after insert or update or delete on public.answer_counts
	deferrable initially deferred
	for each row execute function private.published_counts_changed();
create constraint trigger question_counts_changed
	after insert or update or delete on public.question_counts
	deferrable initially deferred
	for each row execute function private.published_counts_changed();

-- The figure over several published scans for one question (rule 8): summed counters, the values
-- any of the scans hides hidden, the largest k_min of them.
create function private.summed_results(p_question_id text, p_scan_ids uuid[])
returns jsonb
language sql stable
set search_path = ''
as $$
	with part as (
		select pr.n, pr.totals, pr.hidden, s.k_min
		from private.published_results pr
		join public.scans s on s.id = pr.scan_id
		where pr.question_id = p_question_id and pr.scan_id = any (p_scan_ids)
	)
	select private.disclose(
		'{}',
		v.vals,
		array(
			select coalesce(sum(t.n), 0)::int
			from unnest(v.vals) with ordinality as o (value, i)
			left join (
				select t.n, t.i from part cross join lateral unnest(part.totals) with ordinality as t (n, i)
			) as t on t.i = o.i
			group by o.i
			order by o.i
		),
		array[(select coalesce(sum(part.n), 0)::int from part)],
		(select coalesce(max(part.k_min), 10) from part),
		q.kind = 'multi',
		array(select distinct h from part cross join lateral unnest(part.hidden) as h)
	)
	from public.questions q
	cross join lateral (
		select array(
			select o ->> 'value'
			from jsonb_array_elements(private.question_options(q.kind, q.options)) with ordinality as t (o, i)
			order by t.i
		) as vals
	) as v
	where q.id = p_question_id
$$;
revoke all on function private.summed_results(text, uuid[]) from public;

-- Per question, the sum over all published scans that showed it (rule 8), kept with the published
-- figures: the comparison on every results page and the national figure read it.
create table private.summed_figures (
	question_id text primary key,
	-- the published scans that showed the question
	scan_ids uuid[] not null,
	-- null with fewer than 2 scans
	result jsonb
);
alter table private.summed_figures enable row level security;
revoke all on private.summed_figures from public, anon, authenticated;

create function private.refresh_summed_figures(p_question_ids text[])
returns void
language plpgsql volatile security definer
set search_path = ''
as $$
begin
	delete from private.summed_figures sf where sf.question_id = any (p_question_ids);
	insert into private.summed_figures (question_id, scan_ids, result)
	select
		x.question_id,
		x.scan_ids,
		case when cardinality(x.scan_ids) >= 2 then private.summed_results(x.question_id, x.scan_ids) end
	from (
		select pr.question_id, array_agg(pr.scan_id order by pr.scan_id) as scan_ids
		from private.published_results pr
		join public.scans s on s.id = pr.scan_id and s.status = 'published'
		where pr.question_id = any (p_question_ids) and pr.result -> 'suppressed' = 'false'::jsonb
		group by pr.question_id
	) as x;
end
$$;
revoke all on function private.refresh_summed_figures(text[]) from public;

-- ---------------------------------------------------------------- feedback ("what we do with it")
-- Texts per locale: nl required, every text non-empty and at most `p_max` characters.
create function private.valid_locale_texts(p_texts jsonb, p_max int)
returns boolean
language sql immutable
set search_path = ''
as $$
	select coalesce(
		jsonb_typeof(p_texts) = 'object'
			and jsonb_typeof(p_texts -> 'nl') = 'string'
			and not exists (
				select 1 from jsonb_each(p_texts) as t
				where t.key not in ('nl', 'en', 'ar', 'uk', 'tr', 'pl')
					or jsonb_typeof(t.value) <> 'string'
					or btrim(t.value #>> '{}') = ''
					or char_length(t.value #>> '{}') > p_max
			),
		false
	)
$$;
revoke all on function private.valid_locale_texts(jsonb, int) from public;
grant execute on function private.valid_locale_texts(jsonb, int) to anon, authenticated, service_role;

-- Per scan and theme, what the municipality will do with the results (plan) and later what it
-- did (done). Visible to everyone once published, for a published scan.
create table public.feedback_posts (
	id uuid primary key default gen_random_uuid(),
	scan_id uuid not null references public.scans (id) on delete cascade,
	theme text not null check (
		theme in (
			'meedoen', 'discriminatie', 'zorg', 'mentale-gezondheid', 'armoede',
			'onderwijs', 'asiel', 'uitbuiting', 'jeugdstrafrecht', 'jeugdstrategie'
		)
	),
	body jsonb not null check (private.valid_locale_texts(body, 2000)),
	stage text not null check (stage in ('plan', 'done')),
	published_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	created_by uuid references auth.users (id) on delete set null,
	unique (scan_id, theme, stage)
);
alter table public.feedback_posts enable row level security;
revoke all on public.feedback_posts from anon, authenticated;
grant select on public.feedback_posts to anon, authenticated;

-- Policies run as the caller, who may not read the scan: these look it up for them.
create function private.scan_is_published(p_scan_id uuid)
returns boolean
language sql stable security definer
set search_path = ''
as $$
	select exists (select 1 from public.scans s where s.id = p_scan_id and s.status = 'published')
$$;
revoke all on function private.scan_is_published(uuid) from public;
grant execute on function private.scan_is_published(uuid) to anon, authenticated, service_role;

create function private.scan_municipality_id(p_scan_id uuid)
returns uuid
language sql stable security definer
set search_path = ''
as $$
	select s.municipality_id from public.scans s where s.id = p_scan_id
$$;
revoke all on function private.scan_municipality_id(uuid) from public;
grant execute on function private.scan_municipality_id(uuid) to authenticated, service_role;

create policy "Anyone reads published feedback on published scans" on public.feedback_posts
	for select to anon, authenticated
	using (published_at is not null and (select private.scan_is_published(scan_id)));

create policy "Members read all feedback of their municipality" on public.feedback_posts
	for select to authenticated
	using ((select private.has_role(private.scan_municipality_id(scan_id), 'viewer')));

create function private.feedback_json(p_post public.feedback_posts)
returns jsonb
language sql stable
set search_path = ''
as $$
	select jsonb_build_object(
		'id', p_post.id,
		'scan_id', p_post.scan_id,
		'theme', p_post.theme,
		'stage', p_post.stage,
		'body', p_post.body,
		'published_at', p_post.published_at,
		'created_at', p_post.created_at,
		'updated_at', p_post.updated_at
	)
$$;
revoke all on function private.feedback_json(public.feedback_posts) from public;

-- Writes the post for (scan, theme, stage), creating or replacing it. p_publish: visible to
-- everyone (once the scan is published); false takes a post back. A published post that changes
-- counts as new (published_at moves), so young people can tell something new was said.
create function private.save_feedback(
	p_scan_id uuid,
	p_theme text,
	p_stage text,
	p_body jsonb,
	p_publish boolean
)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_scan public.scans;
	v_post public.feedback_posts;
begin
	v_scan := private.scan_for_staff(p_scan_id, 'editor');
	if p_theme is null or p_theme not in (
		'meedoen', 'discriminatie', 'zorg', 'mentale-gezondheid', 'armoede',
		'onderwijs', 'asiel', 'uitbuiting', 'jeugdstrafrecht', 'jeugdstrategie'
	) then
		raise exception using errcode = 'PT400', message = 'invalid_feedback', hint = 'invalid_feedback',
			detail = 'theme must be one of the ten theme slugs';
	end if;
	if p_stage is null or p_stage not in ('plan', 'done') then
		raise exception using errcode = 'PT400', message = 'invalid_feedback', hint = 'invalid_feedback',
			detail = 'stage must be plan or done';
	end if;
	if not private.valid_locale_texts(p_body, 2000) then
		raise exception using errcode = 'PT400', message = 'invalid_feedback', hint = 'invalid_feedback',
			detail = 'body needs nl; every text in nl, en, ar, uk, tr or pl, at most 2000 characters';
	end if;

	insert into public.feedback_posts as f (scan_id, theme, stage, body, published_at, created_by)
	values (
		p_scan_id, p_theme, p_stage, p_body,
		case when coalesce(p_publish, false) then now() end,
		(select auth.uid())
	)
	on conflict (scan_id, theme, stage) do update set
		body = excluded.body,
		updated_at = now(),
		published_at = case
			when not coalesce(p_publish, false) then null
			when f.published_at is not null and f.body = excluded.body then f.published_at
			else now()
		end
	returning * into v_post;
	return private.feedback_json(v_post);
end
$$;
revoke all on function private.save_feedback(uuid, text, text, jsonb, boolean) from public;
grant execute on function private.save_feedback(uuid, text, text, jsonb, boolean) to authenticated;

create function public.save_feedback(
	p_scan_id uuid,
	p_theme text,
	p_stage text,
	p_body jsonb,
	p_publish boolean default false
)
returns jsonb
language sql volatile
set search_path = ''
as $$
	select private.save_feedback(p_scan_id, p_theme, p_stage, p_body, p_publish)
$$;
revoke all on function public.save_feedback(uuid, text, text, jsonb, boolean) from public, anon, authenticated;
grant execute on function public.save_feedback(uuid, text, text, jsonb, boolean) to authenticated;

create function private.delete_feedback(p_id uuid)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_post public.feedback_posts;
begin
	select f.* into v_post from public.feedback_posts f where f.id = p_id;
	if not found or not private.has_role(private.scan_municipality_id(v_post.scan_id), 'viewer') then
		raise exception using errcode = 'PT404', message = 'feedback_not_found', hint = 'feedback_not_found';
	end if;
	perform private.scan_for_staff(v_post.scan_id, 'editor');
	delete from public.feedback_posts f where f.id = p_id;
	return jsonb_build_object('id', p_id);
end
$$;
revoke all on function private.delete_feedback(uuid) from public;
grant execute on function private.delete_feedback(uuid) to authenticated;

create function public.delete_feedback(p_id uuid)
returns jsonb
language sql volatile
set search_path = ''
as $$
	select private.delete_feedback(p_id)
$$;
revoke all on function public.delete_feedback(uuid) from public, anon, authenticated;
grant execute on function public.delete_feedback(uuid) to authenticated;

-- ---------------------------------------------------------------- scan_results
-- The results page of one scan (design §4 "The RPC contract"). Anyone once published; members of
-- the municipality (viewer and up) also while it is open or closed, under the same rules.
create function private.scan_results(p_join_code text)
returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	v_scan public.scans;
	v_member boolean;
	v_figures jsonb;
	v_respondents jsonb;
	v_result jsonb;
begin
	select s.* into v_scan
	from public.scans s
	where s.join_key = private.join_key(p_join_code) and private.join_key(p_join_code) <> '';
	if not found then
		raise exception using errcode = 'PT404', message = 'scan_not_found', hint = 'scan_not_found';
	end if;
	v_member := (select auth.uid()) is not null and private.has_role(v_scan.municipality_id, 'viewer');
	if not (v_scan.status = 'published' or (v_member and v_scan.status in ('open', 'closed'))) then
		raise exception using errcode = 'PT404', message = 'results_not_published',
			hint = 'results_not_published';
	end if;
	v_respondents := private.respondents(v_scan);
	-- published: the figures as kept (see published_results); otherwise worked out now
	if v_scan.status = 'published' then
		select jsonb_object_agg(pr.question_id, pr.result) into v_figures
		from private.published_results pr
		where pr.scan_id = v_scan.id;
	end if;
	if v_figures is null then
		select jsonb_object_agg(c.question_id, c.result) into v_figures
		from private.compute_results(v_scan.id) as c;
	end if;

	with
	-- over the published scans that showed the question (rule 8): at least 2 besides this one
	comparison as (
		select sf.question_id, sf.scan_ids, sf.result
		from public.scan_questions sq
		join private.summed_figures sf on sf.question_id = sq.question_id
		where sq.scan_id = v_scan.id and sf.result is not null
			and cardinality(array_remove(sf.scan_ids, v_scan.id)) >= 2
	),
	feedback as (
		select coalesce(jsonb_agg(
			jsonb_build_object('theme', f.theme, 'stage', f.stage, 'body', f.body, 'published_at', f.published_at)
			order by f.published_at desc, f.theme, f.stage
		), '[]'::jsonb) as posts
		from public.feedback_posts f
		where f.scan_id = v_scan.id and f.published_at is not null and v_scan.status = 'published'
	)
	select jsonb_build_object(
		'scan', jsonb_build_object(
			'id', v_scan.id,
			'join_code', v_scan.join_code,
			'title', v_scan.title,
			'municipality', jsonb_build_object('name', m.name, 'cbs_code', m.cbs_code),
			'status', v_scan.status,
			'closes_at', v_scan.closes_at,
			'published_at', v_scan.published_at,
			'age_bands', to_jsonb(v_scan.age_bands),
			'k_min', v_scan.k_min
		),
		'respondents', v_respondents -> 'n',
		'respondents_by_age_band', (
			select coalesce(jsonb_agg(
				jsonb_build_object(
					'age_band', b.e -> 'age_band',
					'n', b.e -> 'n',
					'hidden', b.e -> 'suppressed'
				)
				order by b.i
			), '[]'::jsonb)
			from jsonb_array_elements(v_respondents -> 'by_age_band') with ordinality as b (e, i)
		),
		'questions', (
			select coalesce(jsonb_agg(
				jsonb_build_object(
					'id', q.id,
					'theme', q.theme,
					'kind', q.kind,
					'text', q.text,
					'parent_text', case when 'parent' = any (v_scan.age_bands) then q.parent_text end,
					'crc_articles', to_jsonb(q.crc_articles),
					'n', coalesce(r.result -> 'n', 'null'::jsonb),
					'suppressed', coalesce(r.result -> 'suppressed', 'true'::jsonb),
					'options', (
						select coalesce(jsonb_agg(
							o.e || jsonb_build_object('label', r.labels -> (o.e ->> 'value')) order by o.i
						), '[]'::jsonb)
						from jsonb_array_elements(coalesce(r.result -> 'options', '[]'::jsonb))
							with ordinality as o (e, i)
					),
					'by_age_band', coalesce(r.result -> 'by_age_band', '[]'::jsonb),
					'comparison', case when c.result -> 'suppressed' = 'false'::jsonb then jsonb_build_object(
						'scans', cardinality(c.scan_ids),
						'n', c.result -> 'n',
						'options', (
							select jsonb_agg(
								jsonb_build_object('value', o.e -> 'value', 'percent', o.e -> 'percent') order by o.i
							)
							from jsonb_array_elements(c.result -> 'options') with ordinality as o (e, i)
						)
					) end
				)
				order by sq.position
			), '[]'::jsonb)
			from public.scan_questions sq
			join public.questions q on q.id = sq.question_id
			cross join lateral (
				select
					v_figures -> sq.question_id as result,
					(
						select jsonb_object_agg(l.e ->> 'value', l.e -> 'label')
						from jsonb_array_elements(private.question_options(q.kind, q.options)) as l (e)
					) as labels
			) as r
			left join comparison c on c.question_id = sq.question_id
			where sq.scan_id = v_scan.id
		),
		'feedback', (select posts from feedback)
	)
	into v_result
	from public.municipalities m
	where m.id = v_scan.municipality_id;
	return v_result;
end
$$;
revoke all on function private.scan_results(text) from public;
grant execute on function private.scan_results(text) to anon, authenticated, service_role;

create function public.scan_results(p_join_code text)
returns jsonb
language sql stable
set search_path = ''
as $$
	select private.scan_results(p_join_code)
$$;
revoke all on function public.scan_results(text) from public, anon, authenticated;
grant execute on function public.scan_results(text) to anon, authenticated, service_role;

-- ---------------------------------------------------------------- CSV export
-- One row per figure, read from scan_results itself: the export can never hold a number the
-- results page hides. Text questions have no figures and are left out.
create function private.scan_results_csv_rows(p_join_code text, p_locale text)
returns table (
	question_position int,
	question_id text,
	theme text,
	question text,
	age_band text,
	respondents int,
	suppressed boolean,
	value text,
	label text,
	count int,
	percent int,
	fewer_than_5 boolean
)
language sql stable
set search_path = ''
as $$
	with
	results as (select private.scan_results(p_join_code) as r),
	question as (
		select q.e, q.i::int as i
		from results
		cross join lateral jsonb_array_elements(results.r -> 'questions') with ordinality as q (e, i)
		where q.e ->> 'kind' <> 'text'
	),
	part as (
		-- everyone first, then each age band
		select question.*, 0 as band_no, 'all' as age_band, question.e as figures
		from question
		union all
		select question.*, b.i::int, b.e ->> 'age_band', b.e
		from question
		cross join lateral jsonb_array_elements(question.e -> 'by_age_band') with ordinality as b (e, i)
	)
	select
		p.i,
		p.e ->> 'id',
		p.e ->> 'theme',
		coalesce(p.e -> 'text' ->> p_locale, p.e -> 'text' ->> 'nl'),
		p.age_band,
		(p.figures ->> 'n')::int,
		(p.figures ->> 'suppressed')::boolean,
		o.e ->> 'value',
		coalesce(l.e -> 'label' ->> p_locale, l.e -> 'label' ->> 'nl'),
		(o.e ->> 'count')::int,
		(o.e ->> 'percent')::int,
		(o.e ->> 'fewer_than_5')::boolean
	from part p
	left join lateral jsonb_array_elements(p.figures -> 'options') with ordinality as o (e, i) on true
	left join lateral jsonb_array_elements(p.e -> 'options') as l (e) on l.e -> 'value' = o.e -> 'value'
	order by p.i, p.band_no, o.i
$$;
revoke all on function private.scan_results_csv_rows(text, text) from public;
grant execute on function private.scan_results_csv_rows(text, text) to anon, authenticated, service_role;

create function public.scan_results_csv_rows(p_join_code text, p_locale text default 'nl')
returns table (
	question_position int,
	question_id text,
	theme text,
	question text,
	age_band text,
	respondents int,
	suppressed boolean,
	value text,
	label text,
	count int,
	percent int,
	fewer_than_5 boolean
)
language sql stable
set search_path = ''
as $$
	select * from private.scan_results_csv_rows(p_join_code, p_locale)
$$;
revoke all on function public.scan_results_csv_rows(text, text) from public, anon, authenticated;
grant execute on function public.scan_results_csv_rows(text, text) to anon, authenticated, service_role;

-- ---------------------------------------------------------------- publish_scan, unpublish_scan
-- closed → published (editors), published → closed (admins, e.g. to correct a mistake).
create function private.publish_scan(p_scan_id uuid)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_scan public.scans;
begin
	v_scan := private.scan_for_staff(p_scan_id, 'editor');
	if v_scan.status <> 'closed' then
		raise exception using errcode = 'PT409', message = 'invalid_transition', hint = 'invalid_transition',
			detail = format('a %s scan cannot be published', v_scan.status);
	end if;
	update public.scans s
	set status = 'published', published_at = now()
	where s.id = p_scan_id
	returning * into v_scan;
	return private.scan_json(v_scan);
end
$$;
revoke all on function private.publish_scan(uuid) from public;
grant execute on function private.publish_scan(uuid) to authenticated;

create function public.publish_scan(p_scan_id uuid)
returns jsonb
language sql volatile
set search_path = ''
as $$
	select private.publish_scan(p_scan_id)
$$;
revoke all on function public.publish_scan(uuid) from public, anon, authenticated;
grant execute on function public.publish_scan(uuid) to authenticated;

create function private.unpublish_scan(p_scan_id uuid)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_scan public.scans;
begin
	v_scan := private.scan_for_staff(p_scan_id, 'admin');
	if v_scan.status <> 'published' then
		raise exception using errcode = 'PT409', message = 'invalid_transition', hint = 'invalid_transition',
			detail = format('a %s scan cannot be unpublished', v_scan.status);
	end if;
	update public.scans s
	set status = 'closed', published_at = null
	where s.id = p_scan_id
	returning * into v_scan;
	return private.scan_json(v_scan);
end
$$;
revoke all on function private.unpublish_scan(uuid) from public;
grant execute on function private.unpublish_scan(uuid) to authenticated;

create function public.unpublish_scan(p_scan_id uuid)
returns jsonb
language sql volatile
set search_path = ''
as $$
	select private.unpublish_scan(p_scan_id)
$$;
revoke all on function public.unpublish_scan(uuid) from public, anon, authenticated;
grant execute on function public.unpublish_scan(uuid) to authenticated;

-- ---------------------------------------------------------------- free texts
-- Admins of the municipality only; never published, never exported. Sorted by question and text,
-- never by time, so the order does not tell who wrote what.
create function private.scan_free_texts(p_scan_id uuid)
returns table (question_id text, body text, age_band text)
language plpgsql stable security definer
set search_path = ''
as $$
begin
	if not exists (
		select 1 from public.scans s
		where s.id = p_scan_id and private.has_role(s.municipality_id, 'admin')
	) then
		raise exception using errcode = 'PT403', message = 'forbidden', hint = 'forbidden';
	end if;
	return query
	select f.question_id, f.body, r.age_band
	from public.free_texts f
	join public.responses r on r.id = f.response_id
	left join public.scan_questions sq on sq.scan_id = r.scan_id and sq.question_id = f.question_id
	where r.scan_id = p_scan_id
	order by sq.position, f.question_id, f.body, r.age_band;
end
$$;
revoke all on function private.scan_free_texts(uuid) from public;
grant execute on function private.scan_free_texts(uuid) to authenticated;

create function public.scan_free_texts(p_scan_id uuid)
returns table (question_id text, body text, age_band text)
language sql stable
set search_path = ''
as $$
	select * from private.scan_free_texts(p_scan_id)
$$;
revoke all on function public.scan_free_texts(uuid) from public, anon, authenticated;
grant execute on function public.scan_free_texts(uuid) to authenticated;

-- ---------------------------------------------------------------- national overview
-- For the coalition: per bank question (optionally of one theme), the published scans that asked
-- it side by side, each as on its own results page, and the national figure over the scans that
-- showed it (rule 8; at least 2 scans).
create function private.national_results(p_theme text)
returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	v_result jsonb;
begin
	if not private.is_coalition() then
		raise exception using errcode = 'PT403', message = 'forbidden', hint = 'forbidden';
	end if;
	if p_theme is not null and p_theme not in (
		'meedoen', 'discriminatie', 'zorg', 'mentale-gezondheid', 'armoede',
		'onderwijs', 'asiel', 'uitbuiting', 'jeugdstrafrecht', 'jeugdstrategie'
	) then
		raise exception using errcode = 'PT400', message = 'invalid_theme', hint = 'invalid_theme';
	end if;

	with
	asked as (
		select distinct pr.question_id as id
		from private.published_results pr
		join public.scans s on s.id = pr.scan_id and s.status = 'published'
		join public.questions q on q.id = pr.question_id
		where p_theme is null or q.theme = p_theme
	)
	select jsonb_build_object(
		'theme', p_theme,
		'questions', coalesce(jsonb_agg(
			jsonb_build_object(
				'id', q.id,
				'theme', q.theme,
				'kind', q.kind,
				'text', q.text,
				'crc_articles', to_jsonb(q.crc_articles),
				'options', private.question_options(q.kind, q.options),
				'scans', (
					select jsonb_agg(
						jsonb_build_object(
							'join_code', s.join_code,
							'title', s.title,
							'municipality', jsonb_build_object('name', m.name, 'cbs_code', m.cbs_code),
							'published_at', s.published_at,
							'n', pr.result -> 'n',
							'suppressed', pr.result -> 'suppressed',
							'options', pr.result -> 'options'
						)
						order by m.name, s.published_at, s.id
					)
					from private.published_results pr
					join public.scans s on s.id = pr.scan_id and s.status = 'published'
					join public.municipalities m on m.id = s.municipality_id
					where pr.question_id = q.id
				),
				'national', (
					select jsonb_build_object(
						'scans', cardinality(sf.scan_ids),
						'n', sf.result -> 'n',
						'options', sf.result -> 'options'
					)
					from private.summed_figures sf
					where sf.question_id = q.id and sf.result -> 'suppressed' = 'false'::jsonb
				)
			)
			order by array_position(array[
				'meedoen', 'discriminatie', 'zorg', 'mentale-gezondheid', 'armoede',
				'onderwijs', 'asiel', 'uitbuiting', 'jeugdstrafrecht', 'jeugdstrategie'
			], q.theme), q.position
		), '[]'::jsonb)
	)
	into v_result
	from asked a
	join public.questions q on q.id = a.id
	where q.kind <> 'text';
	return v_result;
end
$$;
revoke all on function private.national_results(text) from public;
grant execute on function private.national_results(text) to authenticated;

create function public.national_results(p_theme text default null)
returns jsonb
language sql stable
set search_path = ''
as $$
	select private.national_results(p_theme)
$$;
revoke all on function public.national_results(text) from public, anon, authenticated;
grant execute on function public.national_results(text) to authenticated;

-- ---------------------------------------------------------------- find published scans
-- For /uitslagen: published scans by (part of) the municipality's name or by join code.
create function private.find_published_scans(p_query text)
returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	v_query text := btrim(coalesce(p_query, ''));
	v_like text;
	v_key text;
	v_result jsonb;
begin
	if char_length(v_query) < 2 or char_length(v_query) > 100 then
		raise exception using errcode = 'PT400', message = 'invalid_query', hint = 'invalid_query',
			detail = 'search with 2 to 100 characters';
	end if;
	v_like := '%' || replace(replace(replace(v_query, '\', '\\'), '%', '\%'), '_', '\_') || '%';
	v_key := private.join_key(v_query);
	select coalesce(jsonb_agg(x.scan order by x.exact desc, x.name, x.published_at desc, x.join_code), '[]'::jsonb)
	into v_result
	from (
		select
			s.join_key = v_key as exact,
			m.name,
			s.published_at,
			s.join_code,
			jsonb_build_object(
				'join_code', s.join_code,
				'title', s.title,
				'municipality', jsonb_build_object('name', m.name, 'cbs_code', m.cbs_code),
				'published_at', s.published_at
			) as scan
		from public.scans s
		join public.municipalities m on m.id = s.municipality_id
		where s.status = 'published'
			and (m.name ilike v_like or (v_key <> '' and s.join_key = v_key))
		order by s.join_key = v_key desc, m.name, s.published_at desc, s.join_code
		limit 20
	) as x;
	return v_result;
end
$$;
revoke all on function private.find_published_scans(text) from public;
grant execute on function private.find_published_scans(text) to anon, authenticated, service_role;

create function public.find_published_scans(p_query text)
returns jsonb
language sql stable
set search_path = ''
as $$
	select private.find_published_scans(p_query)
$$;
revoke all on function public.find_published_scans(text) from public, anon, authenticated;
grant execute on function public.find_published_scans(text) to anon, authenticated, service_role;
