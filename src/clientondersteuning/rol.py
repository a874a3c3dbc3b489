"""The two roles, in a module of their own: the command line needs them before anything heavy loads."""

from __future__ import annotations

from typing import Literal, get_args

Rol = Literal["informeel", "formeel"]
ROLLEN: tuple[Rol, ...] = get_args(Rol)  # the one list of roles
