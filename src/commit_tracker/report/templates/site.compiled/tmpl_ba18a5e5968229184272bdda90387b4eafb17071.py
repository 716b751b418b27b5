from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'source.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('base.html', 'source.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('_macros.html', 'source.html')._get_default_module(context)
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_source = resolve('source')
    pass
    yield escape(environment.finalize(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'title')))

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_source = resolve('source')
    l_0_views = resolve('views')
    l_0_m = resolve('m')
    l_0_count_statuses = resolve('count_statuses')
    l_0_up = resolve('up')
    pass
    yield '<header class="item-header">\n  <p class="kicker">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'source')))
    yield ' <span class="id">'
    yield escape(environment.finalize(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'id')))
    yield '</span></p>\n  <h1 lang="'
    yield escape(environment.finalize(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'language')))
    yield '">'
    yield escape(environment.finalize(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'title')))
    yield '</h1>\n</header>\n\n<section class="report-section" aria-labelledby="about">\n  <h2 id="about" class="visually-hidden">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'source')))
    yield '</h2>\n  <dl class="facts">\n    <div><dt>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.publisher')))
    yield '</dt><dd lang="'
    yield escape(environment.finalize(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'language')))
    yield '">'
    yield escape(environment.finalize(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'publisher')))
    yield '</dd></div>\n    <div><dt>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'date')))
    yield '</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'date')))
    yield '</dd></div>\n    <div><dt>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.language')))
    yield '</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'language')))
    yield '</dd></div>\n    <div><dt>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.file')))
    yield '</dt><dd><code>'
    yield escape(environment.finalize(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'file')))
    yield '</code></dd></div>\n  </dl>\n'
    if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'note'):
        pass
        yield '<p class="note">'
        yield escape(environment.finalize(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'note')))
        yield '</p>'
    if (undefined(name='views') if l_0_views is missing else l_0_views):
        pass
        yield '  <h3>'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'by_status')))
        yield '</h3>\n  '
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'stacked_bar'), context.call((undefined(name='count_statuses') if l_0_count_statuses is missing else l_0_count_statuses), (undefined(name='views') if l_0_views is missing else l_0_views), _block_vars=_block_vars), _block_vars=_block_vars)))
        yield '\n'
    yield '</section>\n\n<section class="report-section" aria-labelledby="source-items">\n  <h2 id="source-items">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.quoted_items')))
    yield '</h2>\n  '
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'item_table'), (undefined(name='views') if l_0_views is missing else l_0_views), environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.quoted_items'), (undefined(name='up') if l_0_up is missing else l_0_up), _block_vars=_block_vars)))
    yield '\n</section>\n'

blocks = {'title': block_title, 'main': block_main}
debug_info = '1=13&2=16&3=20&4=31&6=46&7=50&11=54&13=56&14=62&15=66&16=70&18=74&19=79&20=82&21=84&26=87&27=89'