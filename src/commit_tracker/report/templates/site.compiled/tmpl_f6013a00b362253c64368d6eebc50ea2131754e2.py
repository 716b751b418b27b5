from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'index.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_m = missing
    pass
    parent_template = environment.get_template('base.html', 'index.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_m = context.vars['m'] = environment.get_template('_macros.html', 'index.html')._get_default_module(context)
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
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.overview')))

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_site_title = resolve('site_title')
    l_0_t = resolve('t')
    l_0_data = resolve('data')
    l_0_download_base = resolve('download_base')
    l_0_json_file = resolve('json_file')
    l_0_json_version = resolve('json_version')
    l_0_csv_file = resolve('csv_file')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_3 = environment.filters['sum']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'sum' found.")
    pass
    yield '<h1>'
    yield escape(environment.finalize((undefined(name='site_title') if l_0_site_title is missing else l_0_site_title)))
    yield '</h1>\n\n<section class="report-section" aria-labelledby="headline">\n  <h2 id="headline">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.headline')))
    yield '</h2>\n  <dl class="headline">\n    <div><dt>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.commitments')))
    yield '</dt><dd>'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'headline'), 'total')))
    yield '</dd></div>\n    <div><dt>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.assessed')))
    yield '</dt><dd>'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'headline'), 'assessed')))
    yield '</dd></div>\n    <div><dt>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'overdue')))
    yield '</dt><dd>'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'headline'), 'overdue')))
    yield '</dd></div>\n    <div><dt>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.stale')))
    yield '</dt><dd>'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'headline'), 'stale')))
    yield '</dd></div>\n  </dl>\n  <p class="as-of">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.data_as_of')))
    yield ':\n'
    if (environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'commits') and environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'commits'), 'last')):
        pass
        yield '    <time datetime="'
        yield escape(environment.finalize(context.call(environment.getattr(environment.getattr(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'commits'), 'last'), 'date'), 'isoformat'), _block_vars=_block_vars)))
        yield '">'
        yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'site.commit_at', date=context.call(environment.getattr(context.call(environment.getattr(environment.getattr(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'commits'), 'last'), 'date'), 'date'), _block_vars=_block_vars), 'isoformat'), _block_vars=_block_vars), short=environment.getattr(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'commits'), 'last'), 'short'), _block_vars=_block_vars)))
        yield '</time>'
        if environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'commits'), 'dirty'):
            pass
            yield ', '
            yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.uncommitted')))
        yield '.\n'
    else:
        pass
        yield '    '
        yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.not_in_git')))
        yield '.\n'
    yield '  '
    yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'site.measured', as_of=context.call(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'as_of'), 'isoformat'), _block_vars=_block_vars), _block_vars=_block_vars)))
    yield '\n  '
    yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'site.stale_note', days=environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'headline'), 'stale_days'), as_of=context.call(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'as_of'), 'isoformat'), _block_vars=_block_vars), _block_vars=_block_vars)))
    yield '</p>\n  <h3 id="downloads">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.downloads')))
    yield '</h3>\n  <ul class="downloads">\n    <li><a href="'
    yield escape(environment.finalize((undefined(name='download_base') if l_0_download_base is missing else l_0_download_base)))
    yield escape(environment.finalize((undefined(name='json_file') if l_0_json_file is missing else l_0_json_file)))
    yield '" download type="application/json">'
    yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'site.json', version=(undefined(name='json_version') if l_0_json_version is missing else l_0_json_version), _block_vars=_block_vars)))
    yield '</a> <span class="file-name">('
    yield escape(environment.finalize((undefined(name='json_file') if l_0_json_file is missing else l_0_json_file)))
    yield ')</span></li>\n    <li><a href="'
    yield escape(environment.finalize((undefined(name='download_base') if l_0_download_base is missing else l_0_download_base)))
    yield escape(environment.finalize((undefined(name='csv_file') if l_0_csv_file is missing else l_0_csv_file)))
    yield '" download type="text/csv">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.csv')))
    yield '</a> <span class="file-name">('
    yield escape(environment.finalize((undefined(name='csv_file') if l_0_csv_file is missing else l_0_csv_file)))
    yield ')</span></li>\n  </ul>\n</section>\n\n<section class="report-section" aria-labelledby="by-kind">\n  <h2 id="by-kind">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'status_by_kind')))
    yield '</h2>\n'
    for (l_1_kind, l_1_counts) in context.call(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'by_kind'), 'items'), _block_vars=_block_vars):
        l_1_m = resolve('m')
        _loop_vars = {}
        pass
        yield '  <div class="bar-row">\n    <h3>'
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'kind'), l_1_kind, plural=True, _loop_vars=_loop_vars)))
        yield ' <span class="total">('
        yield escape(environment.finalize(t_3(environment, context.call(environment.getattr(l_1_counts, 'values'), _loop_vars=_loop_vars))))
        yield ')</span></h3>\n    '
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'stacked_bar'), l_1_counts, _loop_vars=_loop_vars)))
        yield '\n  </div>\n'
    l_1_kind = l_1_counts = l_1_m = missing
    yield '</section>\n\n<section class="report-section" aria-labelledby="owners">\n  <h2 id="owners">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.by_owner')))
    yield '</h2>\n  <table class="owners">\n    <thead><tr><th scope="col">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'owner')))
    yield '</th><th scope="col">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'total')))
    yield '</th><th scope="col">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'by_status')))
    yield '</th><th scope="col">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'overdue')))
    yield '</th></tr></thead>\n    <tbody>\n'
    def t_4(fiter):
        for l_1_tally in fiter:
            if environment.getattr(l_1_tally, 'views'):
                yield l_1_tally
    for l_1_tally in t_4(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'tallies')):
        l_1_up = resolve('up')
        l_1_owner_path = resolve('owner_path')
        l_1_m = resolve('m')
        _loop_vars = {}
        pass
        yield '      <tr>\n        <th scope="row">'
        if environment.getattr(l_1_tally, 'owner'):
            pass
            yield '<a href="'
            yield escape(environment.finalize((undefined(name='up') if l_1_up is missing else l_1_up)))
            yield escape(environment.finalize(context.call((undefined(name='owner_path') if l_1_owner_path is missing else l_1_owner_path), environment.getattr(environment.getattr(l_1_tally, 'owner'), 'id'), _loop_vars=_loop_vars)))
            yield '">'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'owner_of'), environment.getattr(l_1_tally, 'owner'), _loop_vars=_loop_vars)))
            yield '</a>'
            if environment.getattr(l_1_tally, 'parent'):
                pass
                yield ' <span class="under">'
                yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'under', parent=context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'owner_of'), environment.getattr(l_1_tally, 'parent'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
                yield '</span>'
        else:
            pass
            yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'no_owner')))
        yield '</th>\n        <td class="num">'
        yield escape(environment.finalize(t_1(environment.getattr(l_1_tally, 'views'))))
        yield '</td>\n        <td>'
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'stacked_bar'), context.call(environment.getattr(l_1_tally, 'by_status'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
        yield '</td>\n        <td class="num">'
        yield escape(environment.finalize(environment.getattr(l_1_tally, 'overdue')))
        yield '</td>\n      </tr>\n'
    l_1_tally = l_1_up = l_1_owner_path = l_1_m = missing
    yield '    </tbody>\n  </table>\n</section>\n\n<section class="report-section" aria-labelledby="objectives">\n  <h2 id="objectives">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.map')))
    yield '</h2>\n  <p>'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.map_note')))
    yield '</p>\n  <ol class="tiles">\n'
    l_1_loop = missing
    for l_1_row, l_1_loop in LoopContext(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'coverage'), undefined):
        l_1_linked_level = resolve('linked_level')
        l_1_up = resolve('up')
        l_1_item_path = resolve('item_path')
        l_1_count = missing
        _loop_vars = {}
        pass
        l_1_count = t_1(environment.getattr(l_1_row, 'linked'))
        _loop_vars['count'] = l_1_count
        yield '    <li class="tile level-'
        yield escape(environment.finalize(context.call((undefined(name='linked_level') if l_1_linked_level is missing else l_1_linked_level), (undefined(name='count') if l_1_count is missing else l_1_count), _loop_vars=_loop_vars)))
        yield '">\n      <a href="'
        yield escape(environment.finalize((undefined(name='up') if l_1_up is missing else l_1_up)))
        yield escape(environment.finalize(context.call((undefined(name='item_path') if l_1_item_path is missing else l_1_item_path), environment.getattr(environment.getattr(l_1_row, 'objective'), 'item'), _loop_vars=_loop_vars)))
        yield '">\n        <span class="tile-number">'
        yield escape(environment.finalize(environment.getattr(l_1_row, 'number')))
        yield '</span>\n        <span class="tile-title">'
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'title'), environment.getattr(environment.getattr(l_1_row, 'objective'), 'item'), _loop_vars=_loop_vars)))
        yield '</span>\n'
        if environment.getattr(l_1_row, 'gap'):
            pass
            yield '        <strong class="tile-gap"><span aria-hidden="true">⚠</span> '
            yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.gap')))
            yield '</strong>\n'
        else:
            pass
            yield '        <span class="tile-count">'
            yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'site.linked_count', count=(undefined(name='count') if l_1_count is missing else l_1_count), _loop_vars=_loop_vars)))
            yield ':\n'
            def t_5(fiter):
                for (l_2_kind, l_2_n) in fiter:
                    if l_2_n:
                        yield (l_2_kind, l_2_n)
            l_2_loop = missing
            for (l_2_kind, l_2_n), l_2_loop in LoopContext(t_5(context.call(environment.getattr(context.call(environment.getattr(l_1_row, 'by_kind'), _loop_vars=_loop_vars), 'items'), _loop_vars=_loop_vars)), undefined):
                _loop_vars = {}
                pass
                yield escape(environment.finalize(l_2_n))
                yield ' '
                yield escape(environment.finalize(t_2(context.call(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'kind'), l_2_kind, plural=(l_2_n != 1), _loop_vars=_loop_vars))))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield ', '
            l_2_loop = l_2_kind = l_2_n = missing
            yield '</span>\n'
        yield '      </a>\n    </li>\n'
    l_1_loop = l_1_row = l_1_count = l_1_linked_level = l_1_up = l_1_item_path = missing
    yield '  </ol>\n</section>\n\n<section class="report-section" aria-labelledby="sources">\n  <h2 id="sources">'
    yield escape(environment.finalize(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'site.sources')))
    yield '</h2>\n  <ul class="sources">\n'
    for l_1_source in context.call(environment.getattr(environment.getattr(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'dataset'), 'sources'), 'values'), _block_vars=_block_vars):
        l_1_up = resolve('up')
        l_1_source_path = resolve('source_path')
        _loop_vars = {}
        pass
        yield '    <li><a href="'
        yield escape(environment.finalize((undefined(name='up') if l_1_up is missing else l_1_up)))
        yield escape(environment.finalize(context.call((undefined(name='source_path') if l_1_source_path is missing else l_1_source_path), environment.getattr(l_1_source, 'id'), _loop_vars=_loop_vars)))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_source, 'title')))
        yield '</a> ('
        yield escape(environment.finalize(environment.getattr(l_1_source, 'publisher')))
        yield ', '
        yield escape(environment.finalize(environment.getattr(l_1_source, 'date')))
        yield '): '
        yield escape(environment.finalize(t_1(environment.getitem(environment.getattr((undefined(name='data') if l_0_data is missing else l_0_data), 'source_items'), environment.getattr(l_1_source, 'id')))))
        yield ' '
        yield escape(environment.finalize(t_2(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), 'items'))))
        yield '</li>\n'
    l_1_source = l_1_up = l_1_source_path = missing
    yield '  </ul>\n</section>\n'

blocks = {'title': block_title, 'main': block_main}
debug_info = '1=13&2=16&3=20&4=31&5=65&8=67&10=69&11=73&12=77&13=81&15=85&16=87&17=90&19=102&21=105&22=107&23=109&25=111&26=118&31=125&32=127&34=132&35=136&41=140&43=142&45=150&47=161&48=178&49=180&50=182&58=186&59=188&61=191&62=198&63=201&64=203&65=206&66=208&67=210&68=213&70=218&71=220&80=239&82=241&83=247'