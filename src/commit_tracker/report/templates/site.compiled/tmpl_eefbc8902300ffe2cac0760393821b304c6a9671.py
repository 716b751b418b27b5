from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'languages.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site_title = resolve('site_title')
    pass
    yield '<!doctype html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield escape(environment.finalize(((undefined(name='site_title') if l_0_site_title is missing else l_0_site_title) or 'commit-tracker')))
    yield '</title>\n<link rel="stylesheet" href="static/site.css">\n</head>\n<body>\n<main id="main" class="languages">\n  <h1>'
    yield escape(environment.finalize(((undefined(name='site_title') if l_0_site_title is missing else l_0_site_title) or 'Hvor forpliktelsene står')))
    if (not (undefined(name='site_title') if l_0_site_title is missing else l_0_site_title)):
        pass
        yield ' / <span lang="en">Where the commitments stand</span>'
    yield '</h1>\n  <ul>\n    <li><a href="nb/index.html" hreflang="nb">Norsk (bokmål)</a></li>\n    <li lang="en"><a href="en/index.html" hreflang="en">English</a></li>\n  </ul>\n</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '7=13&12=15'