from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_status_badge = l_0_quote_figure = l_0_linked_item = l_0_overdue_mark = l_0_action_groups = l_0_due = l_0_stacked_bar = l_0_item_cells = l_0_item_head = l_0_item_table = l_0_quote = l_0_site_nav = l_0_site_footer = missing
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['sum']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'sum' found.")
    pass
    def macro(l_1_status, l_1_name, l_1_icon):
        t_4 = []
        if l_1_status is missing:
            l_1_status = undefined("parameter 'status' was not provided", name='status')
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        if l_1_icon is missing:
            l_1_icon = undefined("parameter 'icon' was not provided", name='icon')
        pass
        t_4.extend((
            '<span class="status status-',
            escape(environment.finalize(environment.getattr(l_1_status, 'value'))),
            '"><span class="status-icon" aria-hidden="true">',
            escape(environment.finalize(l_1_icon)),
            '</span> ',
            escape(environment.finalize(l_1_name)),
            '</span>',
        ))
        return concat(t_4)
    context.exported_vars.add('status_badge')
    context.vars['status_badge'] = l_0_status_badge = Macro(environment, macro, 'status_badge', ('status', 'name', 'icon'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_text, l_1_lang, l_1_document, l_1_locator, l_1_href):
        t_5 = []
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        if l_1_lang is missing:
            l_1_lang = undefined("parameter 'lang' was not provided", name='lang')
        if l_1_document is missing:
            l_1_document = undefined("parameter 'document' was not provided", name='document')
        if l_1_locator is missing:
            l_1_locator = undefined("parameter 'locator' was not provided", name='locator')
        if l_1_href is missing:
            l_1_href = undefined("parameter 'href' was not provided", name='href')
        pass
        t_5.append(
            '<figure class="quote">\n  <blockquote',
        )
        if l_1_lang:
            pass
            t_5.extend((
                ' lang="',
                escape(environment.finalize(l_1_lang)),
                '"',
            ))
        t_5.extend((
            '><p>',
            escape(environment.finalize(l_1_text)),
            '</p></blockquote>\n  <figcaption>',
        ))
        if l_1_href:
            pass
            t_5.extend((
                '<a href="',
                escape(environment.finalize(l_1_href)),
                '">',
                escape(environment.finalize(l_1_document)),
                '</a>',
            ))
        else:
            pass
            t_5.append(
                escape(environment.finalize(l_1_document)),
            )
        if l_1_locator:
            pass
            t_5.extend((
                ', ',
                escape(environment.finalize(l_1_locator)),
            ))
        t_5.append(
            '</figcaption>\n</figure>',
        )
        return concat(t_5)
    context.exported_vars.add('quote_figure')
    context.vars['quote_figure'] = l_0_quote_figure = Macro(environment, macro, 'quote_figure', ('text', 'lang', 'document', 'locator', 'href'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_item):
        t_6 = []
        l_1_badge = resolve('badge')
        if l_1_item is missing:
            l_1_item = undefined("parameter 'item' was not provided", name='item')
        pass
        if environment.getattr(l_1_item, 'href'):
            pass
            t_6.extend((
                '<a href="',
                escape(environment.finalize(environment.getattr(l_1_item, 'href'))),
                '">',
                escape(environment.finalize(environment.getattr(l_1_item, 'title'))),
                '</a>',
            ))
        else:
            pass
            t_6.append(
                escape(environment.finalize(environment.getattr(l_1_item, 'title'))),
            )
        t_6.extend((
            ' <span class="meta">',
            escape(environment.finalize(environment.getattr(l_1_item, 'kind'))),
            ' · ',
            escape(environment.finalize(context.call((undefined(name='badge') if l_1_badge is missing else l_1_badge), environment.getattr(l_1_item, 'status')))),
            '</span>',
        ))
        if environment.getattr(l_1_item, 'overdue'):
            pass
            t_6.extend((
                ' ',
                escape(environment.finalize(context.call((undefined(name='overdue_mark') if l_0_overdue_mark is missing else l_0_overdue_mark), environment.getattr(l_1_item, 'overdue')))),
            ))
        return concat(t_6)
    context.exported_vars.add('linked_item')
    context.vars['linked_item'] = l_0_linked_item = Macro(environment, macro, 'linked_item', ('item',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_word):
        t_7 = []
        if l_1_word is missing:
            l_1_word = undefined("parameter 'word' was not provided", name='word')
        pass
        t_7.extend((
            '<strong class="overdue"><span aria-hidden="true">!</span> ',
            escape(environment.finalize(l_1_word)),
            '</strong>',
        ))
        return concat(t_7)
    context.exported_vars.add('overdue_mark')
    context.vars['overdue_mark'] = l_0_overdue_mark = Macro(environment, macro, 'overdue_mark', ('word',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_groups, l_1_level):
        t_8 = []
        if l_1_groups is missing:
            l_1_groups = undefined("parameter 'groups' was not provided", name='groups')
        if l_1_level is missing:
            l_1_level = undefined("parameter 'level' was not provided", name='level')
        pass
        for l_2_group in l_1_groups:
            _loop_vars = {}
            pass
            t_8.extend((
                '<div class="action">\n  <h',
                escape(environment.finalize(l_1_level)),
                ' id="',
                escape(environment.finalize(environment.getattr(l_2_group, 'anchor'))),
                '">',
                escape(environment.finalize(environment.getattr(l_2_group, 'heading'))),
                '</h',
                escape(environment.finalize(l_1_level)),
                '>\n',
            ))
            if environment.getattr(l_2_group, 'text'):
                pass
                t_8.extend((
                    '  <p lang="',
                    escape(environment.finalize(environment.getattr(l_2_group, 'text_lang'))),
                    '">',
                    escape(environment.finalize(environment.getattr(l_2_group, 'text'))),
                    '</p>\n',
                ))
            if environment.getattr(l_2_group, 'adoption'):
                pass
                t_8.extend((
                    '  <p class="meta">',
                    escape(environment.finalize(environment.getattr(l_2_group, 'adoption'))),
                    '</p>\n',
                ))
            if environment.getattr(l_2_group, 'items'):
                pass
                t_8.append(
                    '  <ul class="linked">\n',
                )
                for l_3_item in environment.getattr(l_2_group, 'items'):
                    _loop_vars = {}
                    pass
                    t_8.extend((
                        '    <li>',
                        escape(environment.finalize(context.call((undefined(name='linked_item') if l_0_linked_item is missing else l_0_linked_item), l_3_item, _loop_vars=_loop_vars))),
                        '</li>\n',
                    ))
                l_3_item = missing
                t_8.append(
                    '  </ul>\n',
                )
            else:
                pass
                t_8.extend((
                    '  <p class="none">',
                    escape(environment.finalize(environment.getattr(l_2_group, 'nothing'))),
                    '</p>\n',
                ))
            t_8.append(
                '</div>\n',
            )
        l_2_group = missing
        return concat(t_8)
    context.exported_vars.add('action_groups')
    context.vars['action_groups'] = l_0_action_groups = Macro(environment, macro, 'action_groups', ('groups', 'level'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view):
        t_9 = []
        l_1_t = resolve('t')
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        pass
        if environment.getattr(environment.getattr(l_1_view, 'item'), 'due'):
            pass
            t_9.append(
                escape(environment.finalize(environment.getattr(environment.getattr(l_1_view, 'item'), 'due'))),
            )
            if environment.getattr(l_1_view, 'overdue'):
                pass
                t_9.extend((
                    ' ',
                    escape(environment.finalize(context.call((undefined(name='overdue_mark') if l_0_overdue_mark is missing else l_0_overdue_mark), environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'overdue')))),
                ))
        else:
            pass
            t_9.append(
                escape(environment.finalize(environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'none'))),
            )
        return concat(t_9)
    context.exported_vars.add('due')
    context.vars['due'] = l_0_due = Macro(environment, macro, 'due', ('view',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_counts):
        t_10 = []
        l_1_segments = resolve('segments')
        l_1_parts = l_1_total = missing
        if l_1_counts is missing:
            l_1_counts = undefined("parameter 'counts' was not provided", name='counts')
        pass
        l_1_parts = context.call((undefined(name='segments') if l_1_segments is missing else l_1_segments), l_1_counts)
        l_1_total = t_3(environment, context.call(environment.getattr(l_1_counts, 'values')))
        t_10.append(
            '<div class="bar" aria-hidden="true">',
        )
        for l_2_part in (undefined(name='parts') if l_1_parts is missing else l_1_parts):
            l_2_t = resolve('t')
            _loop_vars = {}
            pass
            t_10.extend((
                '<span class="bar-part status-',
                escape(environment.finalize(environment.getattr(environment.getattr(l_2_part, 'status'), 'value'))),
                '" style="width: ',
                escape(environment.finalize(t_1('%.3f', environment.getattr(l_2_part, 'percent')))),
                '%" title="',
                escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'status'), environment.getattr(l_2_part, 'status'), _loop_vars=_loop_vars))),
                ': ',
                escape(environment.finalize(environment.getattr(l_2_part, 'count'))),
                '"></span>',
            ))
        l_2_part = l_2_t = missing
        t_10.append(
            '</div>\n<ul class="legend">\n',
        )
        for l_2_part in (undefined(name='parts') if l_1_parts is missing else l_1_parts):
            l_2_badge = resolve('badge')
            l_2_t = resolve('t')
            _loop_vars = {}
            pass
            t_10.extend((
                '  <li>',
                escape(environment.finalize(context.call((undefined(name='badge') if l_2_badge is missing else l_2_badge), environment.getattr(l_2_part, 'status'), _loop_vars=_loop_vars))),
                ' <span class="count">',
                escape(environment.finalize(environment.getattr(l_2_part, 'count'))),
                '</span> <span class="share">(',
                escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_2_t is missing else l_2_t), 'percent'), environment.getattr(l_2_part, 'count'), (undefined(name='total') if l_1_total is missing else l_1_total), _loop_vars=_loop_vars))),
                ')</span></li>\n',
            ))
        l_2_part = l_2_badge = l_2_t = missing
        t_10.append(
            '</ul>',
        )
        return concat(t_10)
    context.exported_vars.add('stacked_bar')
    context.vars['stacked_bar'] = l_0_stacked_bar = Macro(environment, macro, 'stacked_bar', ('counts',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_view, l_1_up):
        t_11 = []
        l_1_item_path = resolve('item_path')
        l_1_t = resolve('t')
        l_1_badge = resolve('badge')
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_up is missing:
            l_1_up = undefined("parameter 'up' was not provided", name='up')
        pass
        t_11.extend((
            '<td class="id">',
            escape(environment.finalize(environment.getattr(l_1_view, 'id'))),
            '</td>\n<th scope="row"><a href="',
            escape(environment.finalize(l_1_up)),
            escape(environment.finalize(context.call((undefined(name='item_path') if l_1_item_path is missing else l_1_item_path), environment.getattr(l_1_view, 'item')))),
            '">',
            escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'title'), environment.getattr(l_1_view, 'item')))),
            '</a></th>\n<td>',
            escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'kind'), environment.getattr(l_1_view, 'kind')))),
            '</td>\n<td>',
            escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'owner'), environment.getattr(environment.getattr(l_1_view, 'item'), 'owner')))),
            '</td>\n<td>',
            escape(environment.finalize(context.call((undefined(name='badge') if l_1_badge is missing else l_1_badge), environment.getattr(l_1_view, 'status')))),
            '</td>\n<td>',
            escape(environment.finalize(context.call((undefined(name='due') if l_0_due is missing else l_0_due), l_1_view))),
            '</td>\n<td>',
            escape(environment.finalize((t_2(context.eval_ctx, environment.getattr(l_1_view, 'objectives'), ', ') or environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'none')))),
            '</td>',
        ))
        return concat(t_11)
    context.exported_vars.add('item_cells')
    context.vars['item_cells'] = l_0_item_cells = Macro(environment, macro, 'item_cells', ('view', 'up'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_12 = []
        l_1_t = resolve('t')
        pass
        t_12.extend((
            '<thead><tr>\n  <th scope="col">',
            escape(environment.finalize(environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'id'))),
            '</th><th scope="col">',
            escape(environment.finalize(environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'title'))),
            '</th><th scope="col">',
            escape(environment.finalize(environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'kind'))),
            '</th>\n  <th scope="col">',
            escape(environment.finalize(environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'owner'))),
            '</th><th scope="col">',
            escape(environment.finalize(environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'status'))),
            '</th><th scope="col">',
            escape(environment.finalize(environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'due'))),
            '</th><th scope="col">',
            escape(environment.finalize(environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'objectives'))),
            '</th>\n</tr></thead>',
        ))
        return concat(t_12)
    context.exported_vars.add('item_head')
    context.vars['item_head'] = l_0_item_head = Macro(environment, macro, 'item_head', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_views, l_1_caption, l_1_up):
        t_13 = []
        l_1_t = resolve('t')
        if l_1_views is missing:
            l_1_views = undefined("parameter 'views' was not provided", name='views')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        if l_1_up is missing:
            l_1_up = undefined("parameter 'up' was not provided", name='up')
        pass
        if l_1_views:
            pass
            t_13.extend((
                '<table class="items">\n  <caption>',
                escape(environment.finalize(l_1_caption)),
                '</caption>\n  ',
                escape(environment.finalize(context.call((undefined(name='item_head') if l_0_item_head is missing else l_0_item_head)))),
                '\n  <tbody>\n',
            ))
            for l_2_view in l_1_views:
                l_2_cells = resolve('cells')
                _loop_vars = {}
                pass
                t_13.extend((
                    '    <tr>',
                    escape(environment.finalize(context.call((undefined(name='cells') if l_2_cells is missing else l_2_cells), l_2_view, l_1_up, _loop_vars=_loop_vars))),
                    '</tr>\n',
                ))
            l_2_view = l_2_cells = missing
            t_13.append(
                '  </tbody>\n</table>\n',
            )
        else:
            pass
            t_13.extend((
                '<p>',
                escape(environment.finalize(environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.no_items'))),
                '</p>\n',
            ))
        return concat(t_13)
    context.exported_vars.add('item_table')
    context.vars['item_table'] = l_0_item_table = Macro(environment, macro, 'item_table', ('views', 'caption', 'up'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_ref, l_1_up):
        t_14 = []
        l_1_data = resolve('data')
        l_1_source_path = resolve('source_path')
        l_1_doc = missing
        if l_1_ref is missing:
            l_1_ref = undefined("parameter 'ref' was not provided", name='ref')
        if l_1_up is missing:
            l_1_up = undefined("parameter 'up' was not provided", name='up')
        pass
        l_1_doc = context.call(environment.getattr(environment.getattr(environment.getattr((undefined(name='data') if l_1_data is missing else l_1_data), 'dataset'), 'sources'), 'get'), environment.getattr(l_1_ref, 'document'))
        if (undefined(name='doc') if l_1_doc is missing else l_1_doc):
            pass
            t_14.append(
                escape(environment.finalize(context.call((undefined(name='quote_figure') if l_0_quote_figure is missing else l_0_quote_figure), environment.getattr(l_1_ref, 'quote'), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'language'), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'title'), environment.getattr(l_1_ref, 'locator'), (l_1_up + context.call((undefined(name='source_path') if l_1_source_path is missing else l_1_source_path), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'id')))))),
            )
        else:
            pass
            t_14.append(
                escape(environment.finalize(context.call((undefined(name='quote_figure') if l_0_quote_figure is missing else l_0_quote_figure), environment.getattr(l_1_ref, 'quote'), '', environment.getattr(l_1_ref, 'document'), environment.getattr(l_1_ref, 'locator'), ''))),
            )
        return concat(t_14)
    context.exported_vars.add('quote')
    context.vars['quote'] = l_0_quote = Macro(environment, macro, 'quote', ('ref', 'up'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_up, l_1_current):
        t_15 = []
        l_1_site_title = resolve('site_title')
        l_1_t = resolve('t')
        l_1_Kind = resolve('Kind')
        if l_1_up is missing:
            l_1_up = undefined("parameter 'up' was not provided", name='up')
        if l_1_current is missing:
            l_1_current = undefined("parameter 'current' was not provided", name='current')
        pass
        t_15.extend((
            '<p class="site-name"><a href="',
            escape(environment.finalize(l_1_up)),
            'index.html">',
            escape(environment.finalize((undefined(name='site_title') if l_1_site_title is missing else l_1_site_title))),
            '</a></p>\n  <nav class="site-nav" aria-label="',
            escape(environment.finalize(environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.main_nav'))),
            '">\n    <ul>\n      <li><a href="',
            escape(environment.finalize(l_1_up)),
            'index.html"',
        ))
        if (l_1_current == 'index.html'):
            pass
            t_15.append(
                ' aria-current="page"',
            )
        t_15.extend((
            '>',
            escape(environment.finalize(environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.overview'))),
            '</a></li>\n      <li><a href="',
            escape(environment.finalize(l_1_up)),
            'items.html"',
        ))
        if (l_1_current == 'items.html'):
            pass
            t_15.append(
                ' aria-current="page"',
            )
        t_15.extend((
            '>',
            escape(environment.finalize(environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.all_items'))),
            '</a></li>\n      <li><a href="',
            escape(environment.finalize(l_1_up)),
            'index.html#objectives">',
            escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'kind'), environment.getattr((undefined(name='Kind') if l_1_Kind is missing else l_1_Kind), 'OBJECTIVE'), plural=True))),
            '</a></li>\n      <li><a href="',
            escape(environment.finalize(l_1_up)),
            'index.html#owners">',
            escape(environment.finalize(environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'owners'))),
            '</a></li>\n      <li><a href="',
            escape(environment.finalize(l_1_up)),
            'index.html#sources">',
            escape(environment.finalize(environment.getitem((undefined(name='t') if l_1_t is missing else l_1_t), 'site.sources'))),
            '</a></li>\n    </ul>\n  </nav>',
        ))
        return concat(t_15)
    context.exported_vars.add('site_nav')
    context.vars['site_nav'] = l_0_site_nav = Macro(environment, macro, 'site_nav', ('up', 'current'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_16 = []
        l_1_t = resolve('t')
        l_1_version = resolve('version')
        l_1_data = resolve('data')
        pass
        t_16.extend((
            '<p>',
            escape(environment.finalize(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'site.made_by', version=(undefined(name='version') if l_1_version is missing else l_1_version)))),
            ' ',
            escape(environment.finalize(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'site.measured', as_of=context.call(environment.getattr(environment.getattr((undefined(name='data') if l_1_data is missing else l_1_data), 'as_of'), 'isoformat'))))),
            '</p>',
        ))
        return concat(t_16)
    context.exported_vars.add('site_footer')
    context.vars['site_footer'] = l_0_site_footer = Macro(environment, macro, 'site_footer', (), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '6=30&7=41&10=52&12=68&13=80&17=107&18=113&21=144&22=151&26=157&27=164&29=169&30=178&31=182&33=187&34=191&36=194&38=199&39=204&43=215&49=226&50=232&53=252&54=259&55=260&57=264&60=283&61=290&66=305&67=317&68=319&69=324&70=326&71=328&72=330&73=332&76=339&78=345&79=351&83=364&84=374&86=378&87=380&89=383&90=389&95=400&99=407&100=417&101=418&104=432&105=444&106=448&108=450&109=462&110=474&111=478&112=482&117=491&118=499'