-- Erasure (docs/erasure.md): when volunteer-service announces VolunteerErased, the volunteer's id is replaced by null
-- in every row that held it, and their reimbursements lose their receipt reference. The rows stay, so that counts
-- by campaign, chapter and region do not change.
alter table reply alter column writer_id drop not null;
alter table reimbursement alter column volunteer_id drop not null;
alter table reimbursement alter column receipt_reference drop not null;
alter table pen_pal_match alter column writer_id drop not null;
