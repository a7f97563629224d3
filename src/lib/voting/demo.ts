// The local stack's demo data (supabase/seeds/20_voting.sql): the closed round with results that
// /stemmen links to as an example.
export const DEMO_CLOSED_ROUND_ID = '00000000-0000-4000-8000-000000006002';
