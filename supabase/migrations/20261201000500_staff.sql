-- Staff accounts and roles (issue 7; design §2, §4): invitations by email, colleagues and their
-- roles, the sign-up gate for Supabase Auth, and what the staff workspace reads.
--
-- There is no server of our own. An admin invites a colleague with invite_member; the app then asks
-- Supabase Auth to email the invitee a sign-in link (signInWithOtp with shouldCreateUser: true).
-- Supabase Auth creates the account only when the "before user created" hook
-- (private.before_user_created) finds a pending invitation for the address, and
-- accept_invitations turns the invitation into a membership once the invitee has signed in.

-- ---------------------------------------------------------------- helpers
create function private.normalize_email(p_email text)
returns text
language sql immutable
set search_path = ''
as $$
	select lower(btrim(p_email))
$$;

create function private.valid_email(p_email text)
returns boolean
language sql immutable
set search_path = ''
as $$
	select coalesce(
		char_length(p_email) between 3 and 254
			and p_email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:].]+$',
		false
	)
$$;

-- The role named by `p_role`, or null when it is not one of viewer, editor, admin.
create function private.member_role_of(p_role text)
returns public.member_role
language sql immutable
set search_path = ''
as $$
	select case when p_role in ('viewer', 'editor', 'admin') then p_role::public.member_role end
$$;

create function private.forbidden()
returns void
language plpgsql
set search_path = ''
as $$
begin
	raise exception using errcode = 'PT403', message = 'forbidden', hint = 'forbidden';
end
$$;

-- ---------------------------------------------------------------- invitations
-- One pending invitation per address and municipality; accepted ones stay as a record of who
-- invited whom. Reached only through the RPCs below (no grants).
create table public.invitations (
	id uuid primary key default gen_random_uuid(),
	municipality_id uuid not null references public.municipalities (id) on delete cascade,
	email text not null check (email = private.normalize_email(email) and private.valid_email(email)),
	role public.member_role not null,
	invited_by uuid references auth.users (id) on delete set null,
	invited_at timestamptz not null default now(),
	expires_at timestamptz not null default now() + interval '14 days',
	accepted_at timestamptz,
	accepted_by uuid references auth.users (id) on delete set null,
	check (expires_at > invited_at)
);
alter table public.invitations enable row level security;
revoke all on public.invitations from anon, authenticated;
create unique index invitations_pending_idx on public.invitations (municipality_id, email)
	where accepted_at is null;
create index invitations_email_idx on public.invitations (email) where accepted_at is null;

-- ---------------------------------------------------------------- sign-up gate (auth hook)
-- Supabase Auth "Before User Created" hook, as a Postgres function: an account may be created only
-- for an address with a pending, unexpired invitation. Configure it in the dashboard
-- (Authentication → Hooks → Before User Created → Postgres, schema private, this function) or in
-- config.toml ([auth.hook.before_user_created]). The local auth stand-in calls it the same way.
create function private.before_user_created(event jsonb)
returns jsonb
language sql stable security definer
set search_path = ''
as $$
	select case
		when exists (
			select 1 from public.invitations i
			where i.email = private.normalize_email(event -> 'user' ->> 'email')
				and i.accepted_at is null
				and i.expires_at > now()
		) then '{}'::jsonb
		else jsonb_build_object(
			'error',
			jsonb_build_object(
				'http_code', 403,
				'message', 'RechtOp staff accounts are by invitation only. Ask an admin of your municipality to invite you.'
			)
		)
	end
$$;
revoke all on function private.before_user_created(jsonb) from public, anon, authenticated;
grant execute on function private.before_user_created(jsonb) to service_role;

-- Supabase Auth runs hooks as supabase_auth_admin; the role exists on Supabase, not on a plain
-- PostgreSQL with the local bootstrap.
do $$
begin
	if exists (select from pg_roles where rolname = 'supabase_auth_admin') then
		grant usage on schema private to supabase_auth_admin;
		grant execute on function private.before_user_created(jsonb) to supabase_auth_admin;
	end if;
end
$$;

-- ---------------------------------------------------------------- staff_context
-- Who the signed-in user is for the staff workspace: their municipalities and roles, and whether
-- they belong to the coalition.
create function private.staff_context()
returns jsonb
language sql stable security definer
set search_path = ''
as $$
	select jsonb_build_object(
		'user_id', u.id,
		'email', u.email,
		'name', u.raw_user_meta_data ->> 'name',
		'has_password', u.encrypted_password is not null and u.encrypted_password <> '',
		'coalition', exists (select 1 from public.coalition_members c where c.user_id = u.id),
		'memberships', coalesce((
			select jsonb_agg(
				jsonb_build_object(
					'municipality_id', mu.id,
					'name', mu.name,
					'cbs_code', mu.cbs_code,
					'role', m.role
				)
				order by mu.name, mu.id
			)
			from public.memberships m
			join public.municipalities mu on mu.id = m.municipality_id
			where m.user_id = u.id
		), '[]'::jsonb)
	)
	from auth.users u
	where u.id = (select auth.uid())
$$;

-- ---------------------------------------------------------------- invite_member
create function private.invite_member(p_municipality_id uuid, p_email text, p_role text)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_email text := private.normalize_email(p_email);
	v_role public.member_role := private.member_role_of(p_role);
	v_invitation public.invitations;
begin
	if not private.has_role(p_municipality_id, 'admin') then
		perform private.forbidden();
	end if;
	if not private.valid_email(v_email) then
		raise exception using errcode = 'PT400', message = 'invalid_email', hint = 'invalid_email';
	end if;
	if v_role is null then
		raise exception using errcode = 'PT400', message = 'invalid_role', hint = 'invalid_role';
	end if;
	if exists (
		select 1 from public.memberships m
		join auth.users u on u.id = m.user_id
		where m.municipality_id = p_municipality_id and lower(u.email) = v_email
	) then
		raise exception using errcode = 'PT409', message = 'already_member', hint = 'already_member';
	end if;
	if (
		select count(*) from public.invitations i
		where i.municipality_id = p_municipality_id and i.accepted_at is null and i.email <> v_email
	) >= 100 then
		raise exception using errcode = 'PT409', message = 'too_many_invitations',
			hint = 'too_many_invitations', detail = 'at most 100 pending invitations per municipality';
	end if;

	-- Inviting the same address again renews the invitation (and may change its role).
	insert into public.invitations as i (municipality_id, email, role, invited_by)
	values (p_municipality_id, v_email, v_role, auth.uid())
	on conflict (municipality_id, email) where accepted_at is null
	do update set
		role = excluded.role,
		invited_by = excluded.invited_by,
		invited_at = now(),
		expires_at = now() + interval '14 days'
	returning * into v_invitation;

	return jsonb_build_object(
		'id', v_invitation.id,
		'municipality_id', v_invitation.municipality_id,
		'email', v_invitation.email,
		'role', v_invitation.role,
		'invited_at', v_invitation.invited_at,
		'expires_at', v_invitation.expires_at
	);
end
$$;

-- ---------------------------------------------------------------- revoke_invitation
create function private.revoke_invitation(p_invitation_id uuid)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_invitation public.invitations;
begin
	select * into v_invitation from public.invitations i
	where i.id = p_invitation_id and i.accepted_at is null
	for update;
	-- Someone without a role in the municipality may not learn the invitation exists.
	if not found or not private.has_role(v_invitation.municipality_id, 'viewer') then
		raise exception using errcode = 'PT404', message = 'invitation_not_found',
			hint = 'invitation_not_found';
	end if;
	if not private.has_role(v_invitation.municipality_id, 'admin') then
		perform private.forbidden();
	end if;
	delete from public.invitations i where i.id = p_invitation_id;
	return jsonb_build_object('id', v_invitation.id, 'email', v_invitation.email);
end
$$;

-- ---------------------------------------------------------------- accept_invitations
-- Called by the app after every sign-in: pending invitations for the user's (confirmed) address
-- become memberships. An existing membership keeps its role. Returns the municipalities joined now.
create function private.accept_invitations()
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_uid uuid := auth.uid();
	v_email text;
	v_joined jsonb;
begin
	select private.normalize_email(u.email) into v_email
	from auth.users u
	where u.id = v_uid and u.email_confirmed_at is not null and u.deleted_at is null;
	if v_email is null then
		return '[]'::jsonb;
	end if;

	with pending as (
		update public.invitations i
		set accepted_at = now(), accepted_by = v_uid
		where i.email = v_email and i.accepted_at is null and i.expires_at > now()
		returning i.municipality_id, i.role
	),
	joined as (
		insert into public.memberships (user_id, municipality_id, role)
		select v_uid, p.municipality_id, p.role from pending p
		on conflict (user_id, municipality_id) do nothing
		returning municipality_id, role
	)
	select coalesce(
		jsonb_agg(
			jsonb_build_object(
				'municipality_id', mu.id, 'name', mu.name, 'cbs_code', mu.cbs_code, 'role', j.role
			)
			order by mu.name
		),
		'[]'::jsonb
	)
	into v_joined
	from joined j
	join public.municipalities mu on mu.id = j.municipality_id;
	return v_joined;
end
$$;

-- ---------------------------------------------------------------- list_members
-- Admins: the colleagues of the municipality and the invitations not yet accepted.
create function private.list_members(p_municipality_id uuid)
returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
begin
	if not private.has_role(p_municipality_id, 'admin') then
		perform private.forbidden();
	end if;
	return jsonb_build_object(
		'members', coalesce((
			select jsonb_agg(
				jsonb_build_object(
					'user_id', m.user_id,
					'email', u.email,
					'name', u.raw_user_meta_data ->> 'name',
					'role', m.role,
					'joined_at', m.created_at,
					'last_sign_in_at', u.last_sign_in_at,
					'is_self', m.user_id = (select auth.uid())
				)
				order by m.role desc, lower(u.email)
			)
			from public.memberships m
			join auth.users u on u.id = m.user_id
			where m.municipality_id = p_municipality_id
		), '[]'::jsonb),
		'invitations', coalesce((
			select jsonb_agg(
				jsonb_build_object(
					'id', i.id,
					'email', i.email,
					'role', i.role,
					'invited_at', i.invited_at,
					'expires_at', i.expires_at,
					'expired', i.expires_at <= now(),
					'invited_by', inviter.email
				)
				order by i.invited_at desc, i.email
			)
			from public.invitations i
			left join auth.users inviter on inviter.id = i.invited_by
			where i.municipality_id = p_municipality_id and i.accepted_at is null
		), '[]'::jsonb)
	);
end
$$;

-- ---------------------------------------------------------------- change_member_role, remove_member
-- Locks the municipality's admin memberships, so that two admins demoting or removing each other
-- at the same time cannot leave the municipality without one.
create function private.lock_admins(p_municipality_id uuid)
returns int
language plpgsql volatile
set search_path = ''
as $$
begin
	perform 1 from public.memberships m
	where m.municipality_id = p_municipality_id and m.role = 'admin'
	for update;
	return (
		select count(*)::int from public.memberships m
		where m.municipality_id = p_municipality_id and m.role = 'admin'
	);
end
$$;

create function private.change_member_role(p_municipality_id uuid, p_user_id uuid, p_role text)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_role public.member_role := private.member_role_of(p_role);
	v_admins int;
	v_member public.memberships;
begin
	if not private.has_role(p_municipality_id, 'admin') then
		perform private.forbidden();
	end if;
	if v_role is null then
		raise exception using errcode = 'PT400', message = 'invalid_role', hint = 'invalid_role';
	end if;
	v_admins := private.lock_admins(p_municipality_id);
	select * into v_member from public.memberships m
	where m.municipality_id = p_municipality_id and m.user_id = p_user_id
	for update;
	if not found then
		raise exception using errcode = 'PT404', message = 'member_not_found', hint = 'member_not_found';
	end if;
	if v_member.role = 'admin' and v_role <> 'admin' and v_admins <= 1 then
		raise exception using errcode = 'PT409', message = 'last_admin', hint = 'last_admin',
			detail = 'a municipality keeps at least one admin';
	end if;
	update public.memberships m set role = v_role
	where m.municipality_id = p_municipality_id and m.user_id = p_user_id;
	return jsonb_build_object(
		'municipality_id', p_municipality_id, 'user_id', p_user_id, 'role', v_role
	);
end
$$;

-- Admins remove colleagues; every member may leave a municipality themselves.
create function private.remove_member(p_municipality_id uuid, p_user_id uuid)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	v_admins int;
	v_member public.memberships;
begin
	if not (
		private.has_role(p_municipality_id, 'admin')
		or (p_user_id = auth.uid() and private.has_role(p_municipality_id, 'viewer'))
	) then
		perform private.forbidden();
	end if;
	v_admins := private.lock_admins(p_municipality_id);
	select * into v_member from public.memberships m
	where m.municipality_id = p_municipality_id and m.user_id = p_user_id
	for update;
	if not found then
		raise exception using errcode = 'PT404', message = 'member_not_found', hint = 'member_not_found';
	end if;
	if v_member.role = 'admin' and v_admins <= 1 then
		raise exception using errcode = 'PT409', message = 'last_admin', hint = 'last_admin',
			detail = 'a municipality keeps at least one admin';
	end if;
	delete from public.memberships m
	where m.municipality_id = p_municipality_id and m.user_id = p_user_id;
	return jsonb_build_object('municipality_id', p_municipality_id, 'user_id', p_user_id);
end
$$;

-- ---------------------------------------------------------------- dashboard
-- The workspace of one municipality: its scans with state and rounded response counts (design §6:
-- multiples of 5), its voting rounds, and per item the next step staff can take ("write feedback"
-- until a feedback post of the results migration is published). With a null
-- municipality: the national voting rounds, for coalition members.
create function private.dashboard(p_municipality_id uuid)
returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
	v_role text;
	v_municipality jsonb;
	v_scans jsonb;
	v_rounds jsonb;
begin
	if p_municipality_id is null then
		if not private.is_coalition() then
			perform private.forbidden();
		end if;
		v_role := 'coalition';
	else
		select m.role::text into v_role from public.memberships m
		where m.municipality_id = p_municipality_id and m.user_id = (select auth.uid());
		if v_role is null then
			perform private.forbidden();
		end if;
		select jsonb_build_object('id', mu.id, 'name', mu.name, 'cbs_code', mu.cbs_code)
		into v_municipality
		from public.municipalities mu where mu.id = p_municipality_id;

		select coalesce(jsonb_agg(x.scan order by x.sort_key desc, x.id), '[]'::jsonb)
		into v_scans
		from (
			select
				s.id,
				coalesce(s.opens_at, s.created_at) as sort_key,
				jsonb_build_object(
					'id', s.id,
					'title', s.title,
					'join_code', s.join_code,
					'status', s.status,
					'opens_at', s.opens_at,
					'closes_at', s.closes_at,
					'closed_at', s.closed_at,
					'published_at', s.published_at,
					'respondents', (round(coalesce(c.n, 0) / 5.0) * 5)::int,
					'overdue', s.status = 'open' and s.closes_at <= now(),
					'next_action', case
						when s.status = 'draft' then 'open'
						when s.status = 'open' and s.closes_at <= now() then 'close'
						when s.status = 'closed' then 'publish'
						when s.status = 'published' and not exists (
							select 1 from public.feedback_posts f
							where f.scan_id = s.id and f.published_at is not null
						) then 'write_feedback'
					end
				) as scan
			from public.scans s
			left join (
				select rc.scan_id, sum(rc.n) as n from public.response_counts rc group by rc.scan_id
			) c on c.scan_id = s.id
			where s.municipality_id = p_municipality_id
		) x;
	end if;

	select coalesce(jsonb_agg(x.round order by x.opens_at desc, x.id), '[]'::jsonb)
	into v_rounds
	from (
		select
			r.id,
			r.opens_at,
			private.round_json(r) || jsonb_build_object(
				'ballots_issued', b.issued,
				'votes_cast', b.used,
				'next_action', case
					when private.round_phase(r.status, r.opens_at, r.closes_at) <> 'closed' and b.issued = 0
						then 'issue_ballots'
					when r.status = 'draft' and r.closes_at > now() then 'open'
				end
			) as round
		from public.vote_rounds r
		cross join lateral (
			select count(*)::int as issued, count(*) filter (where bl.used_at is not null)::int as used
			from public.ballots bl where bl.round_id = r.id
		) b
		where r.municipality_id is not distinct from p_municipality_id
	) x;

	return jsonb_build_object(
		'municipality', v_municipality,
		'role', v_role,
		'scans', coalesce(v_scans, '[]'::jsonb),
		'rounds', v_rounds
	);
end
$$;

-- ---------------------------------------------------------------- public wrappers (what PostgREST exposes)
create function public.staff_context()
returns jsonb
language sql stable
set search_path = ''
as $$
	select private.staff_context()
$$;

create function public.invite_member(p_municipality_id uuid, p_email text, p_role text)
returns jsonb
language sql volatile
set search_path = ''
as $$
	select private.invite_member(p_municipality_id, p_email, p_role)
$$;

create function public.revoke_invitation(p_invitation_id uuid)
returns jsonb
language sql volatile
set search_path = ''
as $$
	select private.revoke_invitation(p_invitation_id)
$$;

create function public.accept_invitations()
returns jsonb
language sql volatile
set search_path = ''
as $$
	select private.accept_invitations()
$$;

create function public.list_members(p_municipality_id uuid)
returns jsonb
language sql stable
set search_path = ''
as $$
	select private.list_members(p_municipality_id)
$$;

create function public.change_member_role(p_municipality_id uuid, p_user_id uuid, p_role text)
returns jsonb
language sql volatile
set search_path = ''
as $$
	select private.change_member_role(p_municipality_id, p_user_id, p_role)
$$;

create function public.remove_member(p_municipality_id uuid, p_user_id uuid)
returns jsonb
language sql volatile
set search_path = ''
as $$
	select private.remove_member(p_municipality_id, p_user_id)
$$;

create function public.dashboard(p_municipality_id uuid)
returns jsonb
language sql stable
set search_path = ''
as $$
	select private.dashboard(p_municipality_id)
$$;

-- ---------------------------------------------------------------- execute grants
revoke all on function
	private.normalize_email(text),
	private.valid_email(text),
	private.member_role_of(text),
	private.forbidden(),
	private.staff_context(),
	private.invite_member(uuid, text, text),
	private.revoke_invitation(uuid),
	private.accept_invitations(),
	private.list_members(uuid),
	private.lock_admins(uuid),
	private.change_member_role(uuid, uuid, text),
	private.remove_member(uuid, uuid),
	private.dashboard(uuid),
	public.staff_context(),
	public.invite_member(uuid, text, text),
	public.revoke_invitation(uuid),
	public.accept_invitations(),
	public.list_members(uuid),
	public.change_member_role(uuid, uuid, text),
	public.remove_member(uuid, uuid),
	public.dashboard(uuid)
from public, anon, authenticated;

-- Signed-in staff only; each function checks the role it needs.
grant execute on function
	private.staff_context(),
	private.invite_member(uuid, text, text),
	private.revoke_invitation(uuid),
	private.accept_invitations(),
	private.list_members(uuid),
	private.change_member_role(uuid, uuid, text),
	private.remove_member(uuid, uuid),
	private.dashboard(uuid),
	public.staff_context(),
	public.invite_member(uuid, text, text),
	public.revoke_invitation(uuid),
	public.accept_invitations(),
	public.list_members(uuid),
	public.change_member_role(uuid, uuid, text),
	public.remove_member(uuid, uuid),
	public.dashboard(uuid)
to authenticated, service_role;
