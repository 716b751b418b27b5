from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_canonical = resolve('canonical')
    pass
    yield '<!doctype html>\n<html lang="'
    yield escape(environment.finalize((undefined(name='lang') if l_0_lang is missing else l_0_lang)))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield from context.blocks['title'][0](context)
    yield from context.blocks['title_suffix'][0](context)
    yield '</title>\n'
    if (undefined(name='canonical') if l_0_canonical is missing else l_0_canonical):
        pass
        yield '<link rel="canonical" href="'
        yield escape(environment.finalize((undefined(name='canonical') if l_0_canonical is missing else l_0_canonical)))
        yield '">\n'
    yield from context.blocks['styles'][0](context)
    yield from context.blocks['head'][0](context)
    yield '</head>\n<body>\n<a class="skip-link" href="#main">'
    yield from context.blocks['skip'][0](context)
    yield '</a>\n<header class="site-header">\n'
    yield from context.blocks['nav'][0](context)
    yield from context.blocks['lang_switch'][0](context)
    yield '</header>\n<main id="main" tabindex="-1">\n'
    yield from context.blocks['main'][0](context)
    yield '</main>\n<footer class="site-footer">\n'
    yield from context.blocks['footer'][0](context)
    yield '</footer>\n'
    yield from context.blocks['scripts'][0](context)
    yield '</body>\n</html>\n'

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_title_suffix(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_site_title = resolve('site_title')
    pass
    yield ' · '
    yield escape(environment.finalize((undefined(name='site_title') if l_0_site_title is missing else l_0_site_title)))

def block_styles(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_top = resolve('top')
    pass
    yield '<link rel="stylesheet" href="'
    yield escape(environment.finalize((undefined(name='top') if l_0_top is missing else l_0_top)))
    yield 'static/site.css">\n'

def block_head(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_skip(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    pass
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.skip')))

def block_nav(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_shared = resolve('shared')
    l_0_up = resolve('up')
    l_0_path = resolve('path')
    pass
    yield '  '
    yield escape(environment.finalize(context.call((undefined(name='shared') if l_0_shared is missing else l_0_shared), 'site_nav', (undefined(name='up') if l_0_up is missing else l_0_up), ((undefined(name='path') if l_0_path is missing else l_0_path) if ((undefined(name='path') if l_0_path is missing else l_0_path) in ('index.html', 'items.html')) else ''), _block_vars=_block_vars)))
    yield '\n'

def block_lang_switch(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_top = resolve('top')
    l_0_other_lang = resolve('other_lang')
    l_0_path = resolve('path')
    l_0_t = resolve('t')
    pass
    yield '  <p class="lang-switch"><a href="'
    yield escape(environment.finalize((undefined(name='top') if l_0_top is missing else l_0_top)))
    yield escape(environment.finalize((undefined(name='other_lang') if l_0_other_lang is missing else l_0_other_lang)))
    yield '/'
    yield escape(environment.finalize((undefined(name='path') if l_0_path is missing else l_0_path)))
    yield '" hreflang="'
    yield escape(environment.finalize((undefined(name='other_lang') if l_0_other_lang is missing else l_0_other_lang)))
    yield '" lang="'
    yield escape(environment.finalize((undefined(name='other_lang') if l_0_other_lang is missing else l_0_other_lang)))
    yield '">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.other_lang')))
    yield '</a></p>\n'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_footer(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_shared = resolve('shared')
    pass
    yield '  '
    yield escape(environment.finalize(context.call((undefined(name='shared') if l_0_shared is missing else l_0_shared), 'site_footer', _block_vars=_block_vars)))
    yield '\n'

def block_scripts(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'title': block_title, 'title_suffix': block_title_suffix, 'styles': block_styles, 'head': block_head, 'skip': block_skip, 'nav': block_nav, 'lang_switch': block_lang_switch, 'main': block_main, 'footer': block_footer, 'scripts': block_scripts}
debug_info = '6=14&10=16&11=19&12=22&14=24&17=25&20=27&22=29&25=30&30=32&33=34&37=36&10=39&14=60&15=70&17=73&20=82&22=93&23=105&25=108&26=121&30=133&33=142&34=152&37=155'