from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'owner.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('base.html', 'owner.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('_macros.html', 'owner.html')._get_default_module(context)
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
    l_0_owner = resolve('owner')
    pass
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'owner_of'), (undefined(name='owner') if l_0_owner is missing else l_0_owner), _block_vars=_block_vars)))

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_owner = resolve('owner')
    l_0_data = resolve('data')
    l_0_up = resolve('up')
    l_0_owner_path = resolve('owner_path')
    l_0_units = resolve('units')
    l_0_views = resolve('views')
    l_0_m = resolve('m')
    l_0_count_statuses = resolve('count_statuses')
    l_0_parent = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield '<header class="item-header">\n  <p class="kicker">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'owner')))
    yield ' <span class="id">'
    yield escape(environment.finalize(environment.getattr((undefined(name='owner') if l_0_owner is missing else l_0_owner), 'id')))
    yield '</span></p>\n  <h1>'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'owner_of'), (undefined(name='owner') if l_0_owner is missing else l_0_owner), _block_vars=_block_vars)))
    yield '</h1>\n'
    if environment.getattr((undefined(name='owner') if l_0_owner is missing else l_0_owner), 'name_en'):
        pass
        yield '<p class="titles"><span lang="nb">'
        yield escape(environment.finalize(environment.getattr((undefined(name='owner') if l_0_owner is missing else l_0_owner), 'name')))
        yield '</span> / <span lang="en">'
        yield escape(environment.finalize(environment.getattr((undefined(name='owner') if l_0_owner is missing else l_0_owner), 'name_en')))
        yield '</span></p>'
    yield '</header>\n\n<section class="report-section" aria-labelledby="about">\n  <h2 id="about" class="visually-hidden">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'owner')))
    yield '</h2>\n  <dl class="facts">\n'
    l_0_parent = context.call(environment.getattr(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'dataset'), 'owners'), 'get'), (environment.getattr((undefined(name='owner') if l_0_owner is missing else l_0_owner), 'parent') or ''), _block_vars=_block_vars)
    _block_vars['parent'] = l_0_parent
    if (undefined(name='parent') if l_0_parent is missing else l_0_parent):
        pass
        yield '<div><dt>'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.part_of')))
        yield '</dt><dd><a href="'
        yield escape(environment.finalize((undefined(name='up') if l_0_up is missing else l_0_up)))
        yield escape(environment.finalize(context.call((undefined(name='owner_path') if l_0_owner_path is missing else l_0_owner_path), environment.getattr((undefined(name='parent') if l_0_parent is missing else l_0_parent), 'id'), _block_vars=_block_vars)))
        yield '">'
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'owner_of'), (undefined(name='parent') if l_0_parent is missing else l_0_parent), _block_vars=_block_vars)))
        yield '</a></dd></div>'
    if (undefined(name='units') if l_0_units is missing else l_0_units):
        pass
        yield '<div><dt>'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.units')))
        yield '</dt><dd>'
        l_1_loop = missing
        for l_1_unit, l_1_loop in LoopContext((undefined(name='units') if l_0_units is missing else l_0_units), undefined):
            _loop_vars = {}
            pass
            yield '<a href="'
            yield escape(environment.finalize((undefined(name='up') if l_0_up is missing else l_0_up)))
            yield escape(environment.finalize(context.call((undefined(name='owner_path') if l_0_owner_path is missing else l_0_owner_path), environment.getattr(l_1_unit, 'id'), _loop_vars=_loop_vars)))
            yield '">'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'owner_of'), l_1_unit, _loop_vars=_loop_vars)))
            yield '</a>'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_unit = missing
        yield '</dd></div>'
    yield '    <div><dt>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'total')))
    yield '</dt><dd>'
    yield escape(environment.finalize(t_1((undefined(name='views') if l_0_views is missing else l_0_views))))
    yield '</dd></div>\n    <div><dt>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'overdue')))
    yield '</dt><dd>'
    yield escape(environment.finalize(t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='views') if l_0_views is missing else l_0_views), 'overdue')))))
    yield '</dd></div>\n  </dl>\n'
    if environment.getattr((undefined(name='owner') if l_0_owner is missing else l_0_owner), 'source'):
        pass
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'quote'), environment.getattr((undefined(name='owner') if l_0_owner is missing else l_0_owner), 'source'), (undefined(name='up') if l_0_up is missing else l_0_up), _block_vars=_block_vars)))
    if environment.getattr((undefined(name='owner') if l_0_owner is missing else l_0_owner), 'note'):
        pass
        yield '<p class="note">'
        yield escape(environment.finalize(environment.getattr((undefined(name='owner') if l_0_owner is missing else l_0_owner), 'note')))
        yield '</p>'
    if (undefined(name='views') if l_0_views is missing else l_0_views):
        pass
        yield '  <h3>'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'by_status')))
        yield '</h3>\n  '
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'stacked_bar'), context.call((undefined(name='count_statuses') if l_0_count_statuses is missing else l_0_count_statuses), (undefined(name='views') if l_0_views is missing else l_0_views), _block_vars=_block_vars), _block_vars=_block_vars)))
        yield '\n'
    yield '</section>\n\n<section class="report-section" aria-labelledby="owner-items">\n  <h2 id="owner-items">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.owner_items')))
    yield '</h2>\n  '
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'item_table'), (undefined(name='views') if l_0_views is missing else l_0_views), environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.owner_items'), (undefined(name='up') if l_0_up is missing else l_0_up), _block_vars=_block_vars)))
    yield '\n</section>\n'

blocks = {'title': block_title, 'main': block_main}
debug_info = '1=13&2=16&3=20&4=32&6=69&7=73&8=75&12=83&14=85&15=87&16=97&17=118&18=122&20=126&21=129&22=134&23=137&24=139&29=142&30=144'