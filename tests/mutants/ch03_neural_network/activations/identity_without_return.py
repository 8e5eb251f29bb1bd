"""The body names x but never returns it, so the function returns None."""
# kills: identity_returns_x
# hint: identity


def identity_function(x):
    x  # noqa: B018
