"""Within-article speaker resolution (placeholder, filled below)."""


def resolve(doc, attrs):
    return attrs
