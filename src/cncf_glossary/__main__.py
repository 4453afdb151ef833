"""Run the command line: ``python -m cncf_glossary``."""

from .cli import main

if __name__ == "__main__":
    main()
