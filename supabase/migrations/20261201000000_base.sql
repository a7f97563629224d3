-- Municipalities, staff memberships and the role helpers every later policy uses.

-- ---------------------------------------------------------------- private schema
-- Helpers and security definer bodies live here: not exposed by PostgREST, execute granted one by one.
create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to anon, authenticated, service_role;
-- Functions are not executable by everyone unless granted (PostgreSQL's default grants PUBLIC).
-- A per-schema default cannot take back the global one, so this is global for the migration role.
alter default privileges revoke execute on functions from public;

-- ---------------------------------------------------------------- municipalities
create table public.municipalities (
	id uuid primary key default gen_random_uuid(),
	cbs_code text not null unique check (cbs_code ~ '^GM[0-9]{4}$'),
	name text not null check (length(name) between 1 and 100)
);
alter table public.municipalities enable row level security;
revoke all on public.municipalities from anon, authenticated;
grant select on public.municipalities to anon, authenticated;

create policy "Anyone can read municipalities" on public.municipalities
	for select to anon, authenticated using (true);

-- ---------------------------------------------------------------- memberships
create type public.member_role as enum ('viewer', 'editor', 'admin');

create table public.memberships (
	user_id uuid not null references auth.users (id) on delete cascade,
	municipality_id uuid not null references public.municipalities (id) on delete cascade,
	role public.member_role not null,
	created_at timestamptz not null default now(),
	primary key (user_id, municipality_id)
);
alter table public.memberships enable row level security;
revoke all on public.memberships from anon, authenticated;
grant select on public.memberships to authenticated;
create index memberships_municipality_idx on public.memberships (municipality_id);

-- The coalition sees the national overview of published results, nothing of a municipality's work.
create table public.coalition_members (
	user_id uuid primary key references auth.users (id) on delete cascade,
	created_at timestamptz not null default now()
);
alter table public.coalition_members enable row level security;
revoke all on public.coalition_members from anon, authenticated;
grant select on public.coalition_members to authenticated;

-- ---------------------------------------------------------------- role helpers
-- Does the signed-in user hold at least `min_role` in the municipality? (viewer < editor < admin)
create function private.has_role(p_municipality_id uuid, p_min_role public.member_role)
returns boolean
language sql stable security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.memberships m
		where m.user_id = (select auth.uid())
			and m.municipality_id = p_municipality_id
			and m.role >= p_min_role
	)
$$;
grant execute on function private.has_role(uuid, public.member_role) to authenticated, service_role;

create function private.is_coalition()
returns boolean
language sql stable security definer
set search_path = ''
as $$
	select exists (select 1 from public.coalition_members c where c.user_id = (select auth.uid()))
$$;
grant execute on function private.is_coalition() to authenticated, service_role;

create policy "Members see the memberships of their municipality" on public.memberships
	for select to authenticated
	using (user_id = (select auth.uid()) or (select private.has_role(municipality_id, 'viewer')));

create policy "Coalition members see themselves" on public.coalition_members
	for select to authenticated
	using (user_id = (select auth.uid()));
