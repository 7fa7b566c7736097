"""esslingen-lab: research environment for participatory digitalisation strategies.

Load and validate citizen and staff surveys, protect personal data, cluster German
free text into themes, measure digital maturity and run workshops.
"""

__version__ = "0.1.0"
