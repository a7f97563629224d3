-- Demo municipality and staff accounts (local stack and `supabase start` only, never production).
insert into public.municipalities (id, cbs_code, name) values
	('00000000-0000-4000-8000-000000009999', 'GM9999', 'Demodorp'),
	('00000000-0000-4000-8000-000000009998', 'GM9998', 'Voorbeeldstad');

-- Password for all: rechtop-demo
insert into auth.users (
	instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
	confirmation_token, recovery_token, email_change_token_new, email_change,
	raw_app_meta_data, raw_user_meta_data, created_at, updated_at
)
select
	'00000000-0000-0000-0000-000000000000', u.id, 'authenticated', 'authenticated', u.email,
	extensions.crypt('rechtop-demo', extensions.gen_salt('bf', 10)), now(),
	'', '', '', '',
	'{"provider": "email", "providers": ["email"]}', jsonb_build_object('name', u.name), now(), now()
from (values
	('00000000-0000-4000-8000-000000000001'::uuid, 'staff@demodorp.test', 'Sam de Vries'),
	('00000000-0000-4000-8000-000000000002'::uuid, 'editor@demodorp.test', 'Noor Bakker'),
	('00000000-0000-4000-8000-000000000003'::uuid, 'viewer@demodorp.test', 'Daan Jansen'),
	('00000000-0000-4000-8000-000000000004'::uuid, 'staff@voorbeeldstad.test', 'Lotte Smit'),
	('00000000-0000-4000-8000-000000000005'::uuid, 'monitor@kinderrechten.test', 'Yusuf Demir')
) as u (id, email, name);

insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
select id::text, id, jsonb_build_object('sub', id::text, 'email', email), 'email', now(), now()
from auth.users;

insert into public.memberships (user_id, municipality_id, role) values
	('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000009999', 'admin'),
	('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000009999', 'editor'),
	('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000009999', 'viewer'),
	('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000009998', 'admin');

insert into public.coalition_members (user_id) values ('00000000-0000-4000-8000-000000000005');
