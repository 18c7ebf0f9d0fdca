"""loudness encodes: boards' AAC files made again

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 02:40:00

Boards' AAC files were encoded with ffmpeg's default ("twoloop") AAC coder, which now and
then makes a frame of speech louder than its input: 3 of 20 three-minute bulletins decoded
1.7 to 3.0 dB over the true-peak ceiling. Their encodes are forgotten here, so the next
push of their content encodes them again with the "fast" coder and measures the decoded
file (console.audio.normalise). The files stay in the media cache until its clean-up takes
them: a job already queued still sends its file.
"""

from __future__ import annotations

from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM loudness_encode WHERE format = 'm4a'")


def downgrade() -> None:
    pass  # nothing to put back: an encode is made again when a push needs it
