"""The whole product's schema: every table later features fill in.

Revision ID: 0001_whole_product
Revises: (none)
Create Date: 2026-11-25 18:23:19.660791
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001_whole_product'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_settings'))
    )
    op.create_table('job_outcomes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employer', sa.Text(), nullable=False),
    sa.Column('role', sa.Text(), server_default='', nullable=False),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_outcomes'))
    )
    op.create_table('occupations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('target_interviews', sa.Integer(), server_default='3', nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.Column('archived', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_occupations'))
    )
    op.create_table('questions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('builtin_key', sa.String(length=80), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('category', sa.Text(), server_default='', nullable=False),
    sa.Column('tiara', sa.String(length=12), server_default='insights', nullable=False),
    sa.Column('minutes', sa.Float(), server_default='2', nullable=False),
    sa.Column('is_custom', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('archived', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questions')),
    sa.UniqueConstraint('builtin_key', name=op.f('uq_questions_builtin_key'))
    )
    op.create_table('contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('source', sa.String(length=20), server_default='other', nullable=False),
    sa.Column('how_got_name', sa.Text(), server_default='', nullable=False),
    sa.Column('organisation', sa.Text(), server_default='', nullable=False),
    sa.Column('job_title', sa.Text(), server_default='', nullable=False),
    sa.Column('email', sa.Text(), server_default='', nullable=False),
    sa.Column('phone', sa.Text(), server_default='', nullable=False),
    sa.Column('address', sa.Text(), server_default='', nullable=False),
    sa.Column('website', sa.Text(), server_default='', nullable=False),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('status', sa.String(length=20), server_default='prospect', nullable=False),
    sa.Column('occupation_id', sa.Integer(), nullable=True),
    sa.Column('referred_by_id', sa.Integer(), nullable=True),
    sa.Column('may_use_referrer_name', sa.Boolean(), nullable=True),
    sa.Column('card_image_path', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['occupation_id'], ['occupations.id'], name=op.f('fk_contacts_occupation_id_occupations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['referred_by_id'], ['contacts.id'], name=op.f('fk_contacts_referred_by_id_contacts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_full_name'), ['full_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_occupation_id'), ['occupation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_referred_by_id'), ['referred_by_id'], unique=False)

    op.create_table('question_sets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('occupation_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['occupation_id'], ['occupations.id'], name=op.f('fk_question_sets_occupation_id_occupations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_question_sets'))
    )
    with op.batch_alter_table('question_sets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_question_sets_occupation_id'), ['occupation_id'], unique=False)

    op.create_table('contact_details',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('label', sa.Text(), server_default='', nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_contact_details_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_details'))
    )
    with op.batch_alter_table('contact_details', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_details_contact_id'), ['contact_id'], unique=False)

    op.create_table('interviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('occupation_id', sa.Integer(), nullable=True),
    sa.Column('scheduled_at', sa.DateTime(), nullable=True),
    sa.Column('planned_minutes', sa.Integer(), server_default='20', nullable=False),
    sa.Column('reserve_minutes', sa.Integer(), server_default='5', nullable=False),
    sa.Column('location', sa.Text(), server_default='', nullable=False),
    sa.Column('status', sa.String(length=20), server_default='planned', nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('countdown_state', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_interviews_contact_id_contacts'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['occupation_id'], ['occupations.id'], name=op.f('fk_interviews_occupation_id_occupations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interviews'))
    )
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interviews_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interviews_occupation_id'), ['occupation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interviews_scheduled_at'), ['scheduled_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_interviews_status'), ['status'], unique=False)

    op.create_table('outcome_updates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('outcome_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), server_default='', nullable=False),
    sa.Column('told_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_outcome_updates_contact_id_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['outcome_id'], ['job_outcomes.id'], name=op.f('fk_outcome_updates_outcome_id_job_outcomes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcome_updates')),
    sa.UniqueConstraint('outcome_id', 'contact_id', name=op.f('uq_outcome_updates_outcome_id'))
    )
    op.create_table('outreach_attempts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('attempted_at', sa.DateTime(), nullable=False),
    sa.Column('channel', sa.String(length=20), server_default='phone', nullable=False),
    sa.Column('outcome', sa.String(length=20), server_default='', nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_outreach_attempts_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outreach_attempts'))
    )
    with op.batch_alter_table('outreach_attempts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outreach_attempts_contact_id'), ['contact_id'], unique=False)

    op.create_table('question_set_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('set_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('category', sa.Text(), server_default='', nullable=False),
    sa.Column('tiara', sa.String(length=12), server_default='insights', nullable=False),
    sa.Column('minutes', sa.Float(), server_default='2', nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['questions.id'], name=op.f('fk_question_set_items_question_id_questions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['set_id'], ['question_sets.id'], name=op.f('fk_question_set_items_set_id_question_sets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_question_set_items'))
    )
    with op.batch_alter_table('question_set_items', schema=None) as batch_op:
        batch_op.create_index('ix_question_set_items_order', ['set_id', 'position'], unique=False)

    op.create_table('action_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('interview_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), server_default='other', nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_action_items_contact_id_contacts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_action_items_interview_id_interviews'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_items'))
    )
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_items_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_items_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_items_interview_id'), ['interview_id'], unique=False)

    op.create_table('interview_notes',
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), server_default='', nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_interview_notes_interview_id_interviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('interview_id', name=op.f('pk_interview_notes'))
    )
    op.create_table('interview_questions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('category', sa.Text(), server_default='', nullable=False),
    sa.Column('tiara', sa.String(length=12), server_default='insights', nullable=False),
    sa.Column('minutes', sa.Float(), server_default='2', nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=10), server_default='pending', nullable=False),
    sa.Column('answer', sa.Text(), server_default='', nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_interview_questions_interview_id_interviews'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['question_id'], ['questions.id'], name=op.f('fk_interview_questions_question_id_questions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interview_questions'))
    )
    with op.batch_alter_table('interview_questions', schema=None) as batch_op:
        batch_op.create_index('ix_interview_questions_order', ['interview_id', 'position'], unique=False)

    op.create_table('self_evaluations',
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('reflection', sa.Text(), server_default='', nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_self_evaluations_interview_id_interviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('interview_id', name=op.f('pk_self_evaluations'))
    )
    op.create_table('takeaways',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('weight', sa.String(length=10), server_default='trust', nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_takeaways_interview_id_interviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_takeaways'))
    )
    with op.batch_alter_table('takeaways', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_takeaways_interview_id'), ['interview_id'], unique=False)

    op.create_table('thank_you_notes',
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('template', sa.Text(), server_default='', nullable=False),
    sa.Column('body', sa.Text(), server_default='', nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_thank_you_notes_interview_id_interviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('interview_id', name=op.f('pk_thank_you_notes'))
    )
    op.create_table('wrapup_steps',
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=30), nullable=False),
    sa.Column('state', sa.String(length=10), server_default='pending', nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interviews.id'], name=op.f('fk_wrapup_steps_interview_id_interviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('interview_id', 'step', name=op.f('pk_wrapup_steps'))
    )
    op.create_table('evaluation_scores',
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('aspect', sa.String(length=40), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['self_evaluations.interview_id'], name=op.f('fk_evaluation_scores_interview_id_self_evaluations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('interview_id', 'aspect', name=op.f('pk_evaluation_scores'))
    )


def downgrade() -> None:
    op.drop_table('evaluation_scores')
    op.drop_table('wrapup_steps')
    op.drop_table('thank_you_notes')
    with op.batch_alter_table('takeaways', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_takeaways_interview_id'))

    op.drop_table('takeaways')
    op.drop_table('self_evaluations')
    with op.batch_alter_table('interview_questions', schema=None) as batch_op:
        batch_op.drop_index('ix_interview_questions_order')

    op.drop_table('interview_questions')
    op.drop_table('interview_notes')
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_items_interview_id'))
        batch_op.drop_index(batch_op.f('ix_action_items_due_on'))
        batch_op.drop_index(batch_op.f('ix_action_items_contact_id'))

    op.drop_table('action_items')
    with op.batch_alter_table('question_set_items', schema=None) as batch_op:
        batch_op.drop_index('ix_question_set_items_order')

    op.drop_table('question_set_items')
    with op.batch_alter_table('outreach_attempts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outreach_attempts_contact_id'))

    op.drop_table('outreach_attempts')
    op.drop_table('outcome_updates')
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interviews_status'))
        batch_op.drop_index(batch_op.f('ix_interviews_scheduled_at'))
        batch_op.drop_index(batch_op.f('ix_interviews_occupation_id'))
        batch_op.drop_index(batch_op.f('ix_interviews_contact_id'))

    op.drop_table('interviews')
    with op.batch_alter_table('contact_details', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_details_contact_id'))

    op.drop_table('contact_details')
    with op.batch_alter_table('question_sets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_question_sets_occupation_id'))

    op.drop_table('question_sets')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_referred_by_id'))
        batch_op.drop_index(batch_op.f('ix_contacts_occupation_id'))
        batch_op.drop_index(batch_op.f('ix_contacts_full_name'))

    op.drop_table('contacts')
    op.drop_table('questions')
    op.drop_table('occupations')
    op.drop_table('job_outcomes')
    op.drop_table('app_settings')
