"""storyline: noisy news pages in, a clean, sourced timeline of events out."""

__version__ = "0.1.0"
