from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'items.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('base.html', 'items.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('_macros.html', 'items.html')._get_default_module(context)
    context.exported_vars.discard('m')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    pass
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.all_items')))

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_data = resolve('data')
    l_0_Status = resolve('Status')
    l_0_m = resolve('m')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<h1>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.all_items')))
    yield '</h1><form id="filters" class="filters" action="items.html" method="get" role="search" aria-label="'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.filters')))
    yield '" hidden>\n  <fieldset>\n    <legend>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'kind')))
    yield '</legend>\n'
    for l_1_kind in environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'by_kind'):
        _loop_vars = {}
        pass
        yield '    <label><input type="checkbox" name="kind" value="'
        yield escape(environment.finalize(environment.getattr(l_1_kind, 'value')))
        yield '"> '
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'kind'), l_1_kind, _loop_vars=_loop_vars)))
        yield '</label>\n'
    l_1_kind = missing
    yield '  </fieldset>\n  <fieldset>\n    <legend>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'status')))
    yield '</legend>\n'
    for l_1_status in (undefined(name='Status') if l_0_Status is missing else l_0_Status):
        l_1_badge = resolve('badge')
        _loop_vars = {}
        pass
        yield '    <label><input type="checkbox" name="status" value="'
        yield escape(environment.finalize(environment.getattr(l_1_status, 'value')))
        yield '"> '
        yield escape(environment.finalize(context.call((undefined(name='badge') if l_1_badge is missing else l_1_badge), l_1_status, _loop_vars=_loop_vars)))
        yield '</label>\n'
    l_1_status = l_1_badge = missing
    yield '  </fieldset>\n  <div class="filter-row">\n    <label>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'owner')))
    yield '\n      <select name="owner">\n        <option value="">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.any')))
    yield '</option>\n'
    for l_1_owner in context.call(environment.getattr(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'dataset'), 'owners'), 'values'), _block_vars=_block_vars):
        _loop_vars = {}
        pass
        yield '        <option value="'
        yield escape(environment.finalize(environment.getattr(l_1_owner, 'id')))
        yield '">'
        if environment.getattr(l_1_owner, 'parent'):
            pass
            yield '– '
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'owner_of'), l_1_owner, _loop_vars=_loop_vars)))
        yield '</option>\n'
    l_1_owner = missing
    yield '      </select>\n    </label>\n    <label>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'objective')))
    yield '\n      <select name="objective">\n        <option value="">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.any')))
    yield '</option>\n'
    for l_1_row in environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'coverage'):
        _loop_vars = {}
        pass
        yield '        <option value="'
        yield escape(environment.finalize(environment.getattr(l_1_row, 'number')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_row, 'number')))
        yield '. '
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'title'), environment.getattr(environment.getattr(l_1_row, 'objective'), 'item'), _loop_vars=_loop_vars)))
        yield '</option>\n'
    l_1_row = missing
    yield '      </select>\n    </label>\n    <label class="check"><input type="checkbox" name="overdue" value="1"> '
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.only_overdue')))
    yield '</label>\n    <label>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.search')))
    yield ' <input type="search" name="search"></label>\n    <button type="reset">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.clear')))
    yield '</button>\n  </div>\n</form>\n<p id="shown" class="shown" role="status" data-template="'
    yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'site.shown', shown='{shown}', total='{total}', _block_vars=_block_vars)))
    yield '">'
    yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'site.shown', shown=t_2(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'views')), total=t_2(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'views')), _block_vars=_block_vars)))
    yield '</p>\n<noscript><p>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.nojs')))
    yield '</p></noscript>\n<table class="items" id="items">\n  <caption class="visually-hidden">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.all_items')))
    yield '</caption>\n  '
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'item_head'), _block_vars=_block_vars)))
    yield '\n  <tbody>\n'
    for l_1_view in environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'views'):
        l_1_cells = resolve('cells')
        l_1_up = resolve('up')
        _loop_vars = {}
        pass
        yield '    <tr id="row-'
        yield escape(environment.finalize(environment.getattr(l_1_view, 'id')))
        yield '" data-kind="'
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_view, 'kind'), 'value')))
        yield '" data-status="'
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_view, 'status'), 'value')))
        yield '" data-owners="'
        yield escape(environment.finalize(t_1(context.eval_ctx, context.call(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'owner_filters'), 'get'), (environment.getattr(environment.getattr(l_1_view, 'item'), 'owner') or ''), (), _loop_vars=_loop_vars), ' ')))
        yield '" data-objectives="'
        yield escape(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_1_view, 'objectives'), ' ')))
        yield '"'
        if environment.getattr(l_1_view, 'overdue'):
            pass
            yield ' data-overdue="1"'
        yield ' data-search="'
        yield escape(environment.finalize(environment.getitem(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'search_texts'), environment.getattr(l_1_view, 'id'))))
        yield '">'
        yield escape(environment.finalize(context.call((undefined(name='cells') if l_1_cells is missing else l_1_cells), l_1_view, (undefined(name='up') if l_1_up is missing else l_1_up), _loop_vars=_loop_vars)))
        yield '</tr>\n'
    l_1_view = l_1_cells = l_1_up = missing
    yield '  </tbody>\n</table>\n'

def block_scripts(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_top = resolve('top')
    pass
    yield '<script src="'
    yield escape(environment.finalize((undefined(name='top') if l_0_top is missing else l_0_top)))
    yield 'static/site.js"></script>\n'

blocks = {'title': block_title, 'main': block_main, 'scripts': block_scripts}
debug_info = '1=13&2=16&3=20&4=31&5=56&8=58&10=60&11=62&12=66&16=72&17=74&18=79&22=85&24=87&25=89&26=93&30=102&32=104&33=106&34=110&38=118&39=120&40=122&43=124&44=128&46=130&47=132&49=134&50=140&55=161&56=171'