"""Lookups by name on the demo canvas for the canvas GUI tests."""


def factor_named(document, name):
    return next(f for f in document.data.canvas_factors.values() if f.name == name)


def offering_named(document, name):
    return next(o for o in document.data.canvas_offerings.values() if o.name == name)


def level(document, factor, offering):
    return next(
        v.level
        for v in document.data.canvas_values.values()
        if (v.factor_id, v.offering_id) == (factor.id, offering.id)
    )
