-- The question bank municipalities build their rights scans from. Public, read-only for clients.

create table public.questions (
	id text primary key check (id ~ '^[a-z0-9_]+$'),
	theme text not null check (
		theme in (
			'meedoen', 'discriminatie', 'zorg', 'mentale-gezondheid', 'armoede',
			'onderwijs', 'asiel', 'uitbuiting', 'jeugdstrafrecht', 'jeugdstrategie'
		)
	),
	crc_articles int[] not null check (
		cardinality(crc_articles) > 0 and 1 <= all (crc_articles) and 42 >= all (crc_articles)
	),
	kind text not null check (kind in ('smiley5', 'yes_no_unsure', 'choice', 'multi', 'text')),
	-- choice and multi only: [{value, label: {nl, en, ar, uk, tr, pl}}]
	options jsonb not null default '[]' check (jsonb_typeof(options) = 'array'),
	-- for young people 8–18, all six locales
	text jsonb not null check (jsonb_typeof(text) = 'object'),
	-- the same question for parents and carers; null when not asked to them
	parent_text jsonb check (parent_text is null or jsonb_typeof(parent_text) = 'object'),
	age_bands text[] not null check (
		cardinality(age_bands) > 0 and age_bands <@ array['8-11', '12-15', '16-18', 'parent']
	),
	position int not null,
	check (('parent' = any (age_bands)) = (parent_text is not null)),
	check ((kind in ('choice', 'multi')) = (jsonb_array_length(options) > 0))
);
alter table public.questions enable row level security;
revoke all on public.questions from anon, authenticated;
grant select on public.questions to anon, authenticated;

create policy "Anyone can read the question bank" on public.questions
	for select to anon, authenticated using (true);
