"""The body names x but never returns it, so the function returns None."""
# kills: identity_returns_x
# hint: no_return
# first hint says: en "return statement" · fr "instruction return" · ja "return 文"


def identity_function(x):
    x  # noqa: B018
