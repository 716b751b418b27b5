from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'item.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_detail = resolve('detail')
    l_0_m = l_0_view = l_0_item = missing
    pass
    parent_template = environment.get_template('base.html', 'item.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('_macros.html', 'item.html')._get_default_module(context)
    context.exported_vars.discard('m')
    l_0_view = environment.getattr((undefined(name='detail') if l_0_detail is missing else l_0_detail), 'view')
    context.vars['view'] = l_0_view
    context.exported_vars.add('view')
    l_0_item = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'item')
    context.vars['item'] = l_0_item
    context.exported_vars.add('item')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_item = resolve('item')
    pass
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'title'), (undefined(name='item') if l_0_item is missing else l_0_item), _block_vars=_block_vars)))

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_view = resolve('view')
    l_0_item = resolve('item')
    l_0_badge = resolve('badge')
    l_0_up = resolve('up')
    l_0_owner_path = resolve('owner_path')
    l_0_m = resolve('m')
    l_0_data = resolve('data')
    l_0_actions = resolve('actions')
    l_0_objective_actions = resolve('objective_actions')
    l_0_chronological = resolve('chronological')
    l_0_detail = resolve('detail')
    l_0_Relation = resolve('Relation')
    l_0_events = resolve('events')
    l_0_links = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_4 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_5 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield '<article class="item">\n<header class="item-header">\n  <p class="kicker">'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'kind'), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'kind'), _block_vars=_block_vars)))
    yield ' <span class="id">'
    yield escape(environment.finalize(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'id')))
    yield '</span></p>\n  <h1>'
    if t_5(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'number')):
        pass
        yield escape(environment.finalize(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'number')))
        yield '. '
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'title'), (undefined(name='item') if l_0_item is missing else l_0_item), _block_vars=_block_vars)))
    yield '</h1>\n'
    if t_5(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'title_en')):
        pass
        yield '  <p class="titles"><span lang="nb">'
        yield escape(environment.finalize(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'title_nb')))
        yield '</span> / <span lang="en">'
        yield escape(environment.finalize(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'title_en')))
        yield '</span></p>\n'
    yield '</header>\n\n<section class="report-section" aria-labelledby="facts">\n  <h2 id="facts" class="visually-hidden">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'status')))
    yield '</h2>\n  <dl class="facts">\n    <div><dt>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'status')))
    yield '</dt><dd>'
    yield escape(environment.finalize(context.call((undefined(name='badge') if l_0_badge is missing else l_0_badge), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'status'), _block_vars=_block_vars)))
    yield '</dd></div>\n    <div><dt>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'owner')))
    yield '</dt><dd>'
    if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'owner'):
        pass
        yield '<a href="'
        yield escape(environment.finalize((undefined(name='up') if l_0_up is missing else l_0_up)))
        yield escape(environment.finalize(context.call((undefined(name='owner_path') if l_0_owner_path is missing else l_0_owner_path), environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'owner'), _block_vars=_block_vars)))
        yield '">'
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'owner'), environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'owner'), _block_vars=_block_vars)))
        yield '</a>'
    else:
        pass
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'no_owner')))
    yield '</dd></div>\n    <div><dt>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'due')))
    yield '</dt><dd>'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'due'), (undefined(name='view') if l_0_view is missing else l_0_view), _block_vars=_block_vars)))
    yield '</dd></div>\n    <div><dt>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'last_update')))
    yield '</dt><dd>'
    yield escape(environment.finalize((environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'last_update') or environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'none'))))
    yield '</dd></div>\n'
    if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'objectives') and (not t_5(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'number')))):
        pass
        yield '    <div><dt>'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'objectives')))
        yield '</dt><dd>'
        l_1_loop = missing
        for l_1_number, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'objectives'), undefined):
            l_1_item_path = resolve('item_path')
            l_1_objective = missing
            _loop_vars = {}
            pass
            l_1_objective = context.call(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'dataset'), 'objective'), l_1_number, _loop_vars=_loop_vars)
            _loop_vars['objective'] = l_1_objective
            if (undefined(name='objective') if l_1_objective is missing else l_1_objective):
                pass
                yield '<a href="'
                yield escape(environment.finalize((undefined(name='up') if l_0_up is missing else l_0_up)))
                yield escape(environment.finalize(context.call((undefined(name='item_path') if l_1_item_path is missing else l_1_item_path), (undefined(name='objective') if l_1_objective is missing else l_1_objective), _loop_vars=_loop_vars)))
                yield '">'
                yield escape(environment.finalize(l_1_number))
                yield '</a>'
            else:
                pass
                yield escape(environment.finalize(l_1_number))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_number = l_1_objective = l_1_item_path = missing
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'actions'):
            pass
            yield ' ('
            yield escape(environment.finalize(t_3(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'actions'))))
            yield ' '
            yield escape(environment.finalize(t_1(context.eval_ctx, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'actions'), ', ')))
            yield ')'
        yield '</dd></div>\n'
    yield '  </dl>\n  <p class="text"'
    if context.call(environment.getattr(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'dataset'), 'sources'), 'get'), environment.getattr(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'source'), 'document'), _block_vars=_block_vars):
        pass
        yield ' lang="'
        yield escape(environment.finalize(environment.getattr(environment.getitem(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'dataset'), 'sources'), environment.getattr(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'source'), 'document')), 'language')))
        yield '"'
    yield '>'
    yield escape(environment.finalize((environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'commitment') if t_5(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'commitment')) else environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'text'))))
    yield '</p>\n  <h3>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'source')))
    yield '</h3>\n  '
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'quote'), environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'source'), (undefined(name='up') if l_0_up is missing else l_0_up), _block_vars=_block_vars)))
    yield '\n'
    if (t_5(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'criteria')) and environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'criteria')):
        pass
        yield '  <h3>'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'criteria')))
        yield '</h3>\n  <ul>'
        for l_1_criterion in environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'criteria'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(l_1_criterion))
            yield '</li>'
        l_1_criterion = missing
        yield '</ul>\n'
    if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'note'):
        pass
        yield '  <h3>'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'note')))
        yield '</h3>\n  <p class="note">'
        yield escape(environment.finalize(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'note')))
        yield '</p>\n'
    yield '</section>\n\n'
    if (undefined(name='actions') if l_0_actions is missing else l_0_actions):
        pass
        yield '<section class="report-section" aria-labelledby="actions">\n  <h2 id="actions">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'actions')))
        yield '</h2>\n  '
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'action_groups'), context.call((undefined(name='objective_actions') if l_0_objective_actions is missing else l_0_objective_actions), (undefined(name='item') if l_0_item is missing else l_0_item), (undefined(name='actions') if l_0_actions is missing else l_0_actions), (undefined(name='up') if l_0_up is missing else l_0_up), _block_vars=_block_vars), 3, _block_vars=_block_vars)))
        yield '\n</section>\n'
    yield '\n<section class="report-section" aria-labelledby="history">\n  <h2 id="history">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'history')))
    yield '</h2>\n'
    if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'updates'):
        pass
        yield '  <table class="history">\n    <thead><tr><th scope="col">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'date')))
        yield '</th><th scope="col">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'status')))
        yield '</th><th scope="col">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'note')))
        yield '</th><th scope="col">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'source')))
        yield '</th></tr></thead>\n    <tbody>\n'
        for l_1_update in context.call((undefined(name='chronological') if l_0_chronological is missing else l_0_chronological), (undefined(name='item') if l_0_item is missing else l_0_item), _block_vars=_block_vars):
            _loop_vars = {}
            pass
            yield '      <tr>\n        <th scope="row"><time>'
            yield escape(environment.finalize(environment.getattr(l_1_update, 'date')))
            yield '</time>'
            if environment.getattr(l_1_update, 'date_inferred'):
                pass
                yield ' <span class="inferred">('
                yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'inferred')))
                yield ')</span>'
            yield '</th>\n        <td>'
            yield escape(environment.finalize(context.call((undefined(name='badge') if l_0_badge is missing else l_0_badge), environment.getattr(l_1_update, 'status'), _loop_vars=_loop_vars)))
            yield '</td>\n        <td>'
            yield escape(environment.finalize((environment.getattr(l_1_update, 'note') or environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'none'))))
            yield '</td>\n        <td>'
            if environment.getattr(l_1_update, 'source'):
                pass
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'quote'), environment.getattr(l_1_update, 'source'), (undefined(name='up') if l_0_up is missing else l_0_up), _loop_vars=_loop_vars)))
            else:
                pass
                yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'none')))
            yield '</td>\n      </tr>\n'
        l_1_update = missing
        yield '    </tbody>\n  </table>\n'
    else:
        pass
        yield '  <p class="none">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.no_history')))
        yield '</p>\n'
    yield '</section>\n\n<section class="report-section" aria-labelledby="links">\n  <h2 id="links">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'links')))
    yield '</h2>\n'
    l_0_links = (t_2(context.eval_ctx, t_4(context, environment.getattr((undefined(name='detail') if l_0_detail is missing else l_0_detail), 'links'), 'relation', 'equalto', environment.getattr((undefined(name='Relation') if l_0_Relation is missing else l_0_Relation), 'LINKED_ITEM'))) if (undefined(name='actions') if l_0_actions is missing else l_0_actions) else environment.getattr((undefined(name='detail') if l_0_detail is missing else l_0_detail), 'links'))
    _block_vars['links'] = l_0_links
    if (undefined(name='links') if l_0_links is missing else l_0_links):
        pass
        yield '  <table class="links">\n    <thead><tr><th scope="col">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'relation')))
        yield '</th><th scope="col">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'title')))
        yield '</th><th scope="col">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'kind')))
        yield '</th><th scope="col">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'status')))
        yield '</th><th scope="col">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'refs')))
        yield '</th></tr></thead>\n    <tbody>\n'
        for l_1_link in (undefined(name='links') if l_0_links is missing else l_0_links):
            l_1_item_path = resolve('item_path')
            _loop_vars = {}
            pass
            yield '      <tr>\n        <td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'relation'), environment.getattr(l_1_link, 'relation'), _loop_vars=_loop_vars)))
            yield '</td>\n        <th scope="row"><a href="'
            yield escape(environment.finalize((undefined(name='up') if l_0_up is missing else l_0_up)))
            yield escape(environment.finalize(context.call((undefined(name='item_path') if l_1_item_path is missing else l_1_item_path), environment.getattr(environment.getattr(l_1_link, 'view'), 'item'), _loop_vars=_loop_vars)))
            yield '">'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'title'), environment.getattr(environment.getattr(l_1_link, 'view'), 'item'), _loop_vars=_loop_vars)))
            yield '</a></th>\n        <td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'kind'), environment.getattr(environment.getattr(l_1_link, 'view'), 'kind'), _loop_vars=_loop_vars)))
            yield '</td>\n        <td>'
            yield escape(environment.finalize(context.call((undefined(name='badge') if l_0_badge is missing else l_0_badge), environment.getattr(environment.getattr(l_1_link, 'view'), 'status'), _loop_vars=_loop_vars)))
            yield '</td>\n        <td>'
            yield escape(environment.finalize((t_1(context.eval_ctx, environment.getattr(l_1_link, 'refs'), ', ') or environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'none'))))
            yield '</td>\n      </tr>\n'
        l_1_link = l_1_item_path = missing
        yield '    </tbody>\n  </table>\n'
    else:
        pass
        yield '  <p class="none">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.no_links')))
        yield '</p>\n'
    yield '</section>\n\n<section class="report-section" aria-labelledby="commits">\n  <h2 id="commits">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.commits')))
    yield '</h2>\n'
    if (undefined(name='events') if l_0_events is missing else l_0_events):
        pass
        yield '  <table class="commits">\n    <thead><tr><th scope="col">commit</th><th scope="col">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'date')))
        yield '</th><th scope="col">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.author')))
        yield '</th><th scope="col">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.change')))
        yield '</th></tr></thead>\n    <tbody>\n'
        l_1_loop = missing
        for l_1_event, l_1_loop in LoopContext((undefined(name='events') if l_0_events is missing else l_0_events), undefined):
            _loop_vars = {}
            pass
            yield '      <tr>\n        <th scope="row"><code>'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_event, 'commit'), 'short')))
            yield '</code></th>\n        <td><time datetime="'
            yield escape(environment.finalize(context.call(environment.getattr(environment.getattr(environment.getattr(l_1_event, 'commit'), 'date'), 'isoformat'), _loop_vars=_loop_vars)))
            yield '">'
            yield escape(environment.finalize(context.call(environment.getattr(context.call(environment.getattr(environment.getattr(environment.getattr(l_1_event, 'commit'), 'date'), 'date'), _loop_vars=_loop_vars), 'isoformat'), _loop_vars=_loop_vars)))
            yield '</time></td>\n        <td>'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_event, 'commit'), 'author')))
            yield '</td>\n        <td>'
            yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), ('site.' + environment.getattr(l_1_event, 'kind')), _loop_vars=_loop_vars)))
            if environment.getattr(l_1_event, 'changes'):
                pass
                yield ': '
                l_2_loop = missing
                for l_2_change, l_2_loop in LoopContext(environment.getattr(l_1_event, 'changes'), undefined):
                    _loop_vars = {}
                    pass
                    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'change'), l_2_change, _loop_vars=_loop_vars)))
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield '; '
                l_2_loop = l_2_change = missing
            elif (environment.getattr(l_1_event, 'kind') == 'changed'):
                pass
                yield ': '
                yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.text_changed')))
            yield '</td>\n      </tr>\n'
        l_1_loop = l_1_event = missing
        yield '    </tbody>\n  </table>\n'
    else:
        pass
        yield '  <p class="none">'
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.no_commits')))
        yield '</p>\n'
    yield '</section>\n</article>\n'

blocks = {'title': block_title, 'main': block_main}
debug_info = '1=14&2=17&3=19&4=22&5=27&6=39&9=93&10=97&11=103&12=106&17=111&19=113&20=117&21=131&22=135&23=139&24=142&27=176&28=184&29=186&30=188&31=191&32=193&34=201&35=204&36=206&40=209&42=212&43=214&48=217&49=219&51=222&53=230&55=234&56=242&57=244&58=246&64=258&69=261&70=263&71=265&73=268&75=278&77=283&78=285&79=290&80=292&81=294&87=301&92=304&93=306&95=309&97=316&99=320&100=322&101=326&102=328&108=351'