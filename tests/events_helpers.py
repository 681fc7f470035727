"""Reading events in tests: role values as entity names, events of a type."""


def names(article, ids):
    return {article.entity(i).name for i in ids}


def isos(article, ids):
    return {article.entity(i).attrs.get("iso") or article.entity(i).attrs.get("country") for i in ids}


def events(article, type_, modality=None):
    return [e for e in article.events if e.type == type_
            and (modality is None or e.attrs.get("modality", "fact") == modality)]


def in_body(article, event):
    """True when the event's trigger lies before the trailing related-news block, if any."""
    doc = article.doc
    end = doc._.layout.body_end if doc is not None and doc._.layout else len(article.text)
    return event.trigger.end <= end


def role_names(article, type_, role):
    """Names of the entities in one role of every event of a type."""
    return {n for e in events(article, type_) for n in names(article, e.args.get(role, []))}
