<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Batch</name>
    <message>
        <location filename="../../gdviewer/batch.py" line="25"/>
        <source>cannot export to {name}: use one of the suffixes {suffixes}</source>
        <extracomment>What ``--export`` writes, by the output&apos;s suffix.</extracomment>
        <translation>{name}(으)로 내보낼 수 없습니다. 다음 확장자 중 하나를 쓰세요: {suffixes}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="30"/>
        <source>cannot export to {path}: the folder {folder} does not exist</source>
        <translation>{path}(으)로 내보낼 수 없습니다. 폴더 {folder}가 없습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="34"/>
        <source>cannot export to {path}: it is not writable; choose another folder</source>
        <translation>{path}(으)로 내보낼 수 없습니다. 쓰기 권한이 없으니 다른 폴더를 고르세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="79"/>
        <source>gdviewer: writing {path} failed: {reason}</source>
        <translation>gdviewer: {path}를 쓰지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../gdviewer/app.py" line="34"/>
        <source>Watch gradient descent take every step. Without --print, opens the window.</source>
        <extracomment>The lesson that --data opens when no --lesson is given.</extracomment>
        <translation>경사 하강법의 매 단계를 지켜봅니다. --print 없이 실행하면 창을 엽니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="40"/>
        <source>lesson to open or print (see --list-lessons)</source>
        <translation>열거나 출력할 레슨 (--list-lessons 참고)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="44"/>
        <source>print the lesson ids and titles, then exit</source>
        <translation>레슨 id와 제목을 출력하고 종료</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="48"/>
        <source>print one row per step (step, x, f(x), f′(x)) and the final state instead of opening a window</source>
        <translation>창을 여는 대신 단계마다 한 줄(step, x, f(x), f′(x))과 최종 상태를 출력</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="55"/>
        <source>number of updates (default: the lesson&apos;s)</source>
        <translation>업데이트 횟수 (기본값: 레슨의 값)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="59"/>
        <source>learning rate α (default: the lesson&apos;s)</source>
        <translation>학습률(Learning Rate) α (기본값: 레슨의 값)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="63"/>
        <source>start point: x₀ for a function lesson, w₀,b₀ for a regression lesson (default: the lesson&apos;s)</source>
        <translation>시작점: 함수 레슨은 x₀, 회귀 레슨은 w₀,b₀ (기본값: 레슨의 값)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="70"/>
        <source>run a regression lesson on the x and y columns of this CSV file (opens the regression lesson unless --lesson names another)</source>
        <translation>이 CSV 파일의 x, y 열로 회귀 레슨을 실행 (--lesson으로 다른 레슨을 고르지 않으면 회귀 레슨을 엽니다)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="78"/>
        <source>an experiment saved by gdviewer to open, print or export</source>
        <translation>열거나 출력하거나 내보낼, gdviewer로 저장한 실험 파일</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="82"/>
        <source>write the run to OUT and exit; the suffix chooses the format: .png, .svg, .gif, .mp4, .csv, .py or .gdv</source>
        <translation>실행을 OUT에 쓰고 종료. 확장자로 형식을 고릅니다: .png, .svg, .gif, .mp4, .csv, .py, .gdv</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="89"/>
        <source>interface language: ko (Korean) or en (English); overrides the saved choice and the system locale</source>
        <translation>화면 언어: ko(한국어) 또는 en(영어). 저장된 선택과 시스템 로캘보다 우선합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="96"/>
        <source>function of x to open or print instead of a lesson, such as &apos;2x^2&apos; or &apos;sin(x) + 0.1x^2&apos; (start, learning rate and steps default to the convergence lesson&apos;s)</source>
        <translation>레슨 대신 열거나 출력할 x의 함수. 예: &apos;2x^2&apos;, &apos;sin(x) + 0.1x^2&apos; (시작점, 학습률, 단계 수의 기본값은 수렴 레슨의 값)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="126"/>
        <source>{path} was not opened: {reason}</source>
        <translation>{path}를 열지 않았습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="132"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path}를 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="152"/>
        <source>use either --lesson or --function, not both</source>
        <translation>--lesson과 --function 중 하나만 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="154"/>
        <source>use either --data or --function, not both</source>
        <translation>--data와 --function 중 하나만 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="160"/>
        <source>unknown lesson id {value!r}; choose one of: {ids}</source>
        <translation>알 수 없는 레슨 id {value!r}입니다. 다음 중 하나를 고르세요: {ids}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="165"/>
        <source>--steps {value} is out of range; use 0 to {max}</source>
        <translation>--steps {value}는 범위를 벗어났습니다. 0부터 {max}까지의 값을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="169"/>
        <source>--learning-rate {value} is invalid; use a number from 0 to {max}</source>
        <translation>--learning-rate {value}는 잘못된 값입니다. 0부터 {max}까지의 수를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="193"/>
        <source>--start {value} is invalid for lesson {lesson}; give w₀ and b₀ as two numbers, such as --start 0.5,1</source>
        <translation>--start {value}는 레슨 {lesson}에 맞지 않습니다. w₀와 b₀를 두 수로 주세요. 예: --start 0.5,1</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="199"/>
        <source>--start {value} is invalid for lesson {lesson}; give x₀ as one number, such as --start 2</source>
        <translation>--start {value}는 레슨 {lesson}에 맞지 않습니다. x₀를 수 하나로 주세요. 예: --start 2</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="208"/>
        <source>--start {value} is invalid; {cell!r} is not a number</source>
        <translation>--start {value}는 잘못된 값입니다. {cell!r}은(는) 수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="211"/>
        <source>--start {value} is invalid; use a number from {low} to {high}</source>
        <translation>--start {value}는 잘못된 값입니다. {low}부터 {high}까지의 수를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="225"/>
        <source>--data needs a regression lesson, but {lesson} fits no data; use --lesson regression</source>
        <translation>--data는 회귀 레슨에만 쓸 수 있는데 {lesson}은(는) 데이터를 맞추지 않습니다. --lesson regression을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="232"/>
        <source>--data {path}: the file cannot be read ({reason})</source>
        <translation>--data {path}: 파일을 읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="234"/>
        <source>--data {path} was rejected: {reason}</source>
        <translation>--data {path}를 받아들일 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="246"/>
        <source>--function {value!r} is invalid: {message}</source>
        <translation>--function {value!r}는 잘못된 수식입니다: {message}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="286"/>
        <source>function: {text}</source>
        <translation>함수: {text}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="289"/>
        <source>f(x) = {f}, start x0 = {start}, learning rate = {rate}, steps = {steps}</source>
        <translation>f(x) = {f}, 시작점 x0 = {start}, 학습률 = {rate}, 단계 수 = {steps}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="296"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="324"/>
        <source>at α = {rate}: x := {rule}</source>
        <translation>α = {rate}일 때: x := {rule}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="333"/>
        <source>Choose another start point with --start.</source>
        <translation>--start로 다른 시작점을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="334"/>
        <source>gdviewer: the function cannot be evaluated at the start point {value}; choose one closer to 0</source>
        <translation>gdviewer: 시작점 {value}에서 함수를 계산할 수 없습니다. 0에 더 가까운 시작점을 고르세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="354"/>
        <source>gdviewer: the loss is not finite at the start (w, b) = ({w}, {b}); choose values closer to 0
</source>
        <translation>gdviewer: 시작점 (w, b) = ({w}, {b})에서 손실이 유한하지 않습니다. 0에 더 가까운 값을 고르세요
</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="390"/>
        <source>Import data</source>
        <translation>데이터 가져오기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="479"/>
        <source>gdviewer: no graphical display was found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open. Run it in a desktop session, or use --print to see a lesson in the terminal.</source>
        <extracomment>Options whose value may start with a minus sign, such as --start -1e6.</extracomment>
        <translation>gdviewer: 그래픽 디스플레이를 찾지 못해(DISPLAY와 WAYLAND_DISPLAY가 비어 있음) 창을 열 수 없습니다. 데스크톱 세션에서 실행하거나, --print로 터미널에서 레슨을 보세요.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../gdviewer/model/comparison.py" line="152"/>
        <source>The comparison holds at most {count} runs: remove one first.</source>
        <extracomment>The maximum number of kept runs; each gets a colour of its own. The lesson pair compares these learning rates on the convergence lesson. Steps computed at once: the whole of a short run, the start of a long one.</extracomment>
        <translation>비교에는 실행을 {count}개까지만 둘 수 있습니다. 먼저 하나를 지우세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/comparison.py" line="154"/>
        <source>This run is already in the comparison: change the learning rate or the start point first.</source>
        <translation>이 실행은 이미 비교에 있습니다. 먼저 학습률이나 시작점을 바꾸세요.</translation>
    </message>
</context>
<context>
    <name>ComparisonOverlay</name>
    <message>
        <location filename="../../gdviewer/ui/plots/comparison_overlay.py" line="226"/>
        <source>current run, α = {rate}</source>
        <translation>현재 실행, α = {rate}</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="100"/>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="101"/>
        <source>Add to comparison</source>
        <translation>비교에 추가</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="103"/>
        <source>Keep the current run on the plots, then change the learning rate to compare (up to {count} runs)</source>
        <translation>현재 실행을 그래프에 남겨 두고, 학습률을 바꿔 비교합니다 (최대 {count}개)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="107"/>
        <source>Lesson pair</source>
        <translation>레슨 한 쌍</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="108"/>
        <source>Compare α = 1 with α = 0.1 on f(x) = 2x², starting at x = 1</source>
        <translation>f(x) = 2x²에서 x = 1부터 α = 1과 α = 0.1을 비교합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="109"/>
        <source>Remove</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="110"/>
        <source>Remove the selected runs (Delete)</source>
        <translation>선택한 실행을 지웁니다 (Delete)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="111"/>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="112"/>
        <source>Remove every kept run; Edit ▸ Undo brings them back</source>
        <translation>남겨 둔 실행을 모두 지웁니다. 편집 ▸ 실행 취소로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="128"/>
        <source>Add α = {rate} to the Comparison</source>
        <translation>α = {rate}을 비교에 추가</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="137"/>
        <source>Compare the Lesson Pair</source>
        <translation>레슨 한 쌍 비교</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="145"/>
        <source>Remove from the Comparison</source>
        <translation>비교에서 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="150"/>
        <source>Clear the Comparison</source>
        <translation>비교 모두 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="183"/>
        <source>stops at step {step}</source>
        <translation>{step}단계에서 멈춤</translation>
    </message>
</context>
<context>
    <name>ContourPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/contour_plot.py" line="90"/>
        <source>Loss surface J(w, b)</source>
        <extracomment>Samples of J along each axis of the grid. Contour lines drawn between the lowest and the highest J of the grid. Path points farther than this many view widths outside are not drawn.</extracomment>
        <translation>손실 곡면 J(w, b)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/contour_plot.py" line="166"/>
        <source>optimum ({w}, {b})</source>
        <translation>최적점 ({w}, {b})</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="57"/>
        <source>&amp;Import Data…</source>
        <translation>데이터 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="58"/>
        <source>Replace the data with the x and y columns of a CSV file</source>
        <translation>CSV 파일의 x, y 열로 데이터를 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="59"/>
        <source>&amp;Export Data…</source>
        <translation>데이터 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="60"/>
        <source>Save the current data as a CSV file</source>
        <translation>현재 데이터를 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="71"/>
        <source>{name} was not imported. {reason}</source>
        <translation>{name}를 가져오지 않았습니다. {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="73"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name}를 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="75"/>
        <source>Import {name}</source>
        <translation>{name} 가져오기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="77"/>
        <source>Imported {count} points from {name}</source>
        <translation>{name}에서 점 {count}개를 가져왔습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="79"/>
        <source>{name} was not imported: the loss is not finite on its data.</source>
        <translation>{name}를 가져오지 않았습니다. 이 데이터에서는 손실이 유한하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="89"/>
        <source>This lesson has no data to export.</source>
        <translation>이 레슨에는 내보낼 데이터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="93"/>
        <source>{name} cannot be written: {reason}</source>
        <translation>{name}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="97"/>
        <source>Exported {count} points to {name}</source>
        <translation>{name}에 점 {count}개를 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="103"/>
        <location filename="../../gdviewer/ui/data_files.py" line="110"/>
        <source>Import Data</source>
        <translation>데이터 가져오기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="103"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="115"/>
        <location filename="../../gdviewer/ui/data_files.py" line="122"/>
        <source>Export Data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="115"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>DataPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="101"/>
        <source>least-squares line</source>
        <extracomment>Above this many points the residuals are not drawn: they would fill the plot. A click or drag this close to a point (in pixels) grabs it.</extracomment>
        <translation>최소제곱 직선</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="104"/>
        <source>residuals y − ŷ</source>
        <translation>잔차 y − ŷ</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="105"/>
        <source>current line</source>
        <translation>현재 직선</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="139"/>
        <source>Data and the line of the current epoch</source>
        <translation>데이터와 현재 Epoch의 직선</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="263"/>
        <source>residuals are drawn for up to {count} points</source>
        <translation>잔차는 점 {count}개까지만 그립니다</translation>
    </message>
</context>
<context>
    <name>DataTexts</name>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="14"/>
        <source>The file is {size} bytes; files up to {max} bytes can be read.</source>
        <translation>파일 크기가 {size}바이트입니다. {max}바이트까지의 파일만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="18"/>
        <source>Row {row} is not valid UTF-8 text: save the file as UTF-8 and import it again.</source>
        <translation>{row}행이 올바른 UTF-8 텍스트가 아닙니다. 파일을 UTF-8로 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="22"/>
        <source>The file has no data rows: add at least one row with an x and a y value.</source>
        <translation>파일에 데이터 행이 없습니다. x와 y 값이 있는 행을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="24"/>
        <source>Row {row} has a single column ({value!r}): write x and y in two columns separated by a comma, semicolon or tab.</source>
        <translation>{row}행에 열이 하나뿐입니다({value!r}). x와 y를 쉼표, 세미콜론 또는 탭으로 구분한 두 열로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="29"/>
        <source>Row {row} has {count} values: keep two columns, x and y, and remove the others.</source>
        <translation>{row}행에 값이 {count}개 있습니다. x와 y 두 열만 남기고 나머지는 지우세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="39"/>
        <source>Row {row}, column {column}</source>
        <translation>{row}행 {column}열</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="41"/>
        <source>{where}: the value is missing. Fill it in or delete the row.</source>
        <translation>{where}: 값이 비어 있습니다. 값을 채우거나 그 행을 지우세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="43"/>
        <source>{where}: {value!r} is not a finite number. Replace it with a finite value.</source>
        <translation>{where}: {value!r}은(는) 유한한 수가 아닙니다. 유한한 값으로 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="46"/>
        <source>{where}: {value!r} is not a number.</source>
        <translation>{where}: {value!r}은(는) 수가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="48"/>
        <source>Write decimals with a point (2.5, not 2,5).</source>
        <translation>소수는 점으로 쓰세요 (2,5가 아니라 2.5).</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="50"/>
        <source>Write a decimal number such as 2.5 or -1e3.</source>
        <translation>2.5나 -1e3 같은 십진수로 쓰세요.</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="295"/>
        <source>Learning rate {value} is invalid: enter a number from 0 to {max}.</source>
        <extracomment>Largest |x| or |y| of a point added or moved in the window.</extracomment>
        <translation>학습률 {value}는 잘못된 값입니다. 0부터 {max}까지의 수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="308"/>
        <source>This lesson starts from two numbers: set w₀ and b₀.</source>
        <translation>이 레슨은 두 수에서 시작합니다. w₀와 b₀를 정하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="315"/>
        <source>Start point {value} is invalid: enter a number from {low} to {high}.</source>
        <translation>시작점 {value}는 잘못된 값입니다. {low}부터 {high}까지의 수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="333"/>
        <source>This lesson starts from one number: set x₀.</source>
        <translation>이 레슨은 수 하나에서 시작합니다. x₀를 정하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="342"/>
        <source>Start value {value} is invalid: enter a number from {low} to {high}.</source>
        <translation>시작값 {value}는 잘못된 값입니다. {low}부터 {high}까지의 수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="363"/>
        <source>Step count {value} is invalid: enter a whole number from 0 to {max}.</source>
        <translation>단계 수 {value}는 잘못된 값입니다. 0부터 {max}까지의 정수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="397"/>
        <source>Add point ({x}, {y})</source>
        <translation>점 ({x}, {y}) 추가</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="409"/>
        <source>Move point {number}</source>
        <translation>점 {number} 옮기기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="419"/>
        <source>The data needs at least one point, so the last point stays.</source>
        <translation>데이터에는 점이 하나 이상 있어야 하므로 마지막 점은 남겨 둡니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="422"/>
        <source>Delete point {number}</source>
        <translation>점 {number} 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="424"/>
        <source>Delete {count} points</source>
        <translation>점 {count}개 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="434"/>
        <location filename="../../gdviewer/model/experiment.py" line="492"/>
        <source>Only the regression lessons use data: choose one first.</source>
        <translation>데이터는 회귀 레슨에서만 씁니다. 먼저 회귀 레슨을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="462"/>
        <source>The loss cannot be evaluated at w = {w}, b = {b}: choose start values closer to 0.</source>
        <translation>w = {w}, b = {b}에서 손실을 계산할 수 없습니다. 0에 더 가까운 시작값을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="521"/>
        <source>Choose another start point.</source>
        <translation>다른 시작점을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="522"/>
        <source>The function cannot be evaluated at x = {value}: choose a start point closer to 0.</source>
        <translation>x = {value}에서 함수를 계산할 수 없습니다. 0에 더 가까운 시작점을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="528"/>
        <source>f(x) is not finite at x = {x}.</source>
        <translation>x = {x}에서 f(x)가 유한하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="531"/>
        <source>The start point moved from {old} to {new}. {reason}</source>
        <translation>시작점을 {old}에서 {new}(으)로 옮겼습니다. {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="538"/>
        <source>The function is not finite at the start point or at any of 0.1, ±0.5, ±1, ±2 and ±3: check where it is defined.</source>
        <translation>함수가 시작점에서도, 0.1, ±0.5, ±1, ±2, ±3 어디에서도 유한하지 않습니다. 함수가 정의되는 범위를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="478"/>
        <source>The loss is not finite on this data: use smaller numbers.</source>
        <translation>이 데이터에서는 손실이 유한하지 않습니다. 더 작은 수를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="498"/>
        <source>Point coordinate {value} is invalid: use a number from {low} to {high}.</source>
        <translation>점 좌표 {value}는 잘못된 값입니다. {low}부터 {high}까지의 수를 쓰세요.</translation>
    </message>
</context>
<context>
    <name>ExperimentFiles</name>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="23"/>
        <source>the file is {size} bytes, more than the {max} bytes an experiment can have</source>
        <extracomment>The translatable forms of the core&apos;s FileProblem sentences.</extracomment>
        <translation>파일이 {size}바이트로, 실험 파일의 최대 크기 {max}바이트보다 큽니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="24"/>
        <source>the file is not UTF-8 text (byte {position})</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다 ({position}번째 바이트)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="25"/>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="26"/>
        <source>the file is not valid JSON (line {line}, column {column}); it may be truncated or not a gdviewer experiment</source>
        <translation>파일이 올바른 JSON이 아닙니다 ({line}행 {column}열). 잘렸거나 gdviewer 실험 파일이 아닐 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="30"/>
        <source>the file is not a gdviewer experiment</source>
        <translation>gdviewer 실험 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="31"/>
        <source>the schema version {value} is invalid</source>
        <translation>스키마 버전 {value}가 잘못되었습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="32"/>
        <source>the file was written by a newer gdviewer (schema version {version}); this version reads version {supported}: update gdviewer to open it</source>
        <translation>더 새로운 gdviewer가 쓴 파일입니다 (스키마 버전 {version}). 이 버전은 {supported} 버전까지 읽으므로, gdviewer를 업데이트한 뒤 여세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="37"/>
        <source>lesson {value} is unknown; known lessons: {known}</source>
        <translation>레슨 {value}를 알 수 없습니다. 있는 레슨: {known}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="38"/>
        <source>the file contains {value}, which is not a finite number</source>
        <translation>파일에 유한한 수가 아닌 {value}가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="39"/>
        <source>&quot;{field}&quot; must be a number, not {value}</source>
        <translation>&quot;{field}&quot;는 수여야 합니다. {value}는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="40"/>
        <source>&quot;{field}&quot; is {value}; it must be between {low} and {high}</source>
        <translation>&quot;{field}&quot;가 {value}입니다. {low}에서 {high} 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="41"/>
        <source>&quot;{field}&quot; must be a whole number, not {value}</source>
        <translation>&quot;{field}&quot;는 정수여야 합니다. {value}는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="42"/>
        <source>&quot;{field}&quot; must be a list of {shortest} to {longest} numbers, not {value}</source>
        <translation>&quot;{field}&quot;는 수 {shortest}~{longest}개의 목록이어야 합니다. {value}는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="45"/>
        <source>&quot;function&quot; must be a formula of 1 to {max} characters</source>
        <translation>&quot;function&quot;은 1~{max}자의 식이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="46"/>
        <source>&quot;data&quot; must hold two lists, &quot;x&quot; and &quot;y&quot;</source>
        <translation>&quot;data&quot;에는 &quot;x&quot;와 &quot;y&quot; 두 목록이 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="47"/>
        <source>&quot;data&quot; has {x_count} x values but {y_count} y values</source>
        <translation>&quot;data&quot;에 x 값은 {x_count}개인데 y 값은 {y_count}개입니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="48"/>
        <source>&quot;data&quot; must hold 1 to {max} points, not {count}</source>
        <translation>&quot;data&quot;의 점은 1~{max}개여야 합니다. 지금은 {count}개입니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="49"/>
        <source>&quot;data&quot; {column} value {index} is {value}, not a finite number</source>
        <translation>&quot;data&quot;의 {column} 값 {index}번이 {value}로, 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="50"/>
        <source>&quot;compared&quot; must be a list of at most {max} runs, each an object</source>
        <translation>&quot;compared&quot;는 최대 {max}개의 실행 목록이어야 하고, 각 실행은 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="53"/>
        <source>lesson {lesson} starts from {expected} number(s), but the file gives {value}</source>
        <translation>레슨 {lesson}은 수 {expected}개에서 시작하는데, 파일에는 {value}가 있습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="56"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="108"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="109"/>
        <source>Open a saved experiment (*.gdv)</source>
        <translation>저장한 실험(*.gdv)을 엽니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="110"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="111"/>
        <source>Save the experiment: function or data, parameters and step</source>
        <translation>실험을 저장합니다: 함수나 데이터, 매개변수, 현재 단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="112"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="113"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="131"/>
        <source>Open Experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="132"/>
        <source>gdviewer experiments (*.gdv);;All files (*)</source>
        <translation>gdviewer 실험 (*.gdv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="169"/>
        <source>Save Experiment</source>
        <translation>실험 저장</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="170"/>
        <source>gdviewer experiments (*.gdv)</source>
        <translation>gdviewer 실험 (*.gdv)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="186"/>
        <source>Save failed</source>
        <translation>저장 실패</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="187"/>
        <source>Could not save {name}: {reason}. The file on disk was not changed.</source>
        <translation>{name}를 저장하지 못했습니다: {reason}. 디스크의 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="194"/>
        <source>Saved {name}</source>
        <translation>{name}를 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="205"/>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="206"/>
        <source>The experiment has changes that are not saved. Save them first?</source>
        <translation>실험에 저장하지 않은 변경이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="229"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="231"/>
        <source>{name}[*] — gdviewer</source>
        <translation>{name}[*] — gdviewer</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="253"/>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="266"/>
        <source>Cannot Open Experiment</source>
        <translation>실험을 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="267"/>
        <source>{name} was not opened: {reason}. The current experiment is unchanged.</source>
        <translation>{name}를 열지 않았습니다: {reason}. 지금 실험은 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="33"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="35"/>
        <source>gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="36"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="37"/>
        <source>state</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="38"/>
        <source>finite</source>
        <translation>유한</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="39"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="49"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="146"/>
        <source>Export Figure</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="59"/>
        <source>Width of a PNG image; an SVG drawing scales freely.</source>
        <translation>PNG 이미지의 너비입니다. SVG 그림은 크기를 자유롭게 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="64"/>
        <source>Plot</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="65"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="92"/>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="75"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="179"/>
        <source>Export Animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="87"/>
        <source> frames/s</source>
        <translation> 프레임/초</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="93"/>
        <source>Frame rate</source>
        <translation>프레임 속도</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="119"/>
        <source>Export &amp;Figure…</source>
        <translation>그림 내보내기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="120"/>
        <source>Save a plot or the whole plot area as PNG or SVG</source>
        <translation>그래프 하나나 그래프 영역 전체를 PNG 또는 SVG로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="121"/>
        <source>Export &amp;Animation…</source>
        <translation>애니메이션 내보내기(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="122"/>
        <source>Save the run from step 0 to the current step as an animated GIF or an MP4 video</source>
        <translation>0단계부터 현재 단계까지의 실행을 움직이는 GIF나 MP4 동영상으로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="123"/>
        <source>Copy Run as Python &amp;Script</source>
        <translation>실행을 Python 스크립트로 복사(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="124"/>
        <source>Copy a plain numpy script that repeats this run to the clipboard</source>
        <translation>이 실행을 그대로 되풀이하는 numpy 스크립트를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="125"/>
        <source>Export &amp;Trajectory…</source>
        <translation>궤적 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="126"/>
        <source>Save every step (parameters, gradient, loss, state) as CSV</source>
        <translation>모든 단계(매개변수, 기울기, 손실, 상태)를 CSV로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="141"/>
        <source>Whole plot area</source>
        <translation>그래프 영역 전체</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="147"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="163"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="205"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="238"/>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="175"/>
        <source>Animated GIF (*.gif)</source>
        <translation>움직이는 GIF (*.gif)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="177"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 동영상 (*.mp4)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="195"/>
        <source>Rendering frames…</source>
        <translation>프레임을 그리는 중…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="195"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="214"/>
        <source>Export cancelled; {path} was not changed.</source>
        <translation>내보내기를 취소했습니다. {path}는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="225"/>
        <source>Export Trajectory</source>
        <translation>궤적 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="226"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="261"/>
        <source>Copied a Python script of this run; paste it into a file and run it.</source>
        <translation>이 실행의 Python 스크립트를 복사했습니다. 파일에 붙여 넣고 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="268"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="269"/>
        <source>Could not write {path}: {reason}. Choose another folder or name.</source>
        <translation>{path}를 쓰지 못했습니다: {reason}. 다른 폴더나 이름을 고르세요.</translation>
    </message>
</context>
<context>
    <name>FormulaMessages</name>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="39"/>
        <source>“{token}” at position {column} is larger than 10^308, the range of a 64-bit float. Use a smaller power.</source>
        <translation>{column}번째 글자의 “{token}”은(는) 64비트 실수의 범위인 10^308보다 큽니다. 더 작은 거듭제곱을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="47"/>
        <source>Unknown name “{token}” at position {column}. Did you mean {suggestion}?</source>
        <translation>{column}번째 글자에 알 수 없는 이름 “{token}”이(가) 있습니다. {suggestion}을(를) 뜻했나요?</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="48"/>
        <source>Unknown name “{token}” at position {column}. Use the variable x, the constants pi and e, and the functions {functions}.</source>
        <translation>{column}번째 글자에 알 수 없는 이름 “{token}”이(가) 있습니다. 변수 x, 상수 pi와 e, 함수 {functions}을(를) 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="56"/>
        <source>“=” at position {column} is not part of a formula. Type only the right-hand side, such as 2x^2.</source>
        <translation>{column}번째 글자의 “=”는 수식에 쓸 수 없습니다. 2x^2처럼 오른쪽 식만 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="58"/>
        <source>“{token}” at position {column} is not allowed. Use round parentheses ( ) for grouping.</source>
        <translation>{column}번째 글자의 “{token}”은(는) 쓸 수 없습니다. 묶을 때는 둥근 괄호 ( )를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="59"/>
        <source>“{token}” at position {column} is not allowed in a formula. Use numbers, x, + − * / ^, parentheses and functions such as sin(x).</source>
        <translation>{column}번째 글자의 “{token}”은(는) 수식에 쓸 수 없습니다. 숫자, x, + − * / ^, 괄호, sin(x) 같은 함수를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="66"/>
        <source>Type a function of x, such as 2x^2.</source>
        <translation>2x^2처럼 x의 함수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="67"/>
        <source>The formula has {length} characters, more than the limit of {limit}. Shorten it.</source>
        <translation>수식이 {length}글자로, 한도 {limit}글자보다 깁니다. 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="70"/>
        <source>Quoted text {token} at position {column} is not part of a formula. Remove the quotes.</source>
        <translation>{column}번째 글자의 따옴표 문자열 {token}은(는) 수식이 아닙니다. 따옴표를 지우세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="73"/>
        <source>“{token}” at position {column}: attribute access with “.” is not allowed. Write decimals with a digit after the point, such as 0.5.</source>
        <translation>{column}번째 글자의 “{token}”: “.”로 속성에 접근할 수 없습니다. 소수는 0.5처럼 점 뒤에 숫자를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="77"/>
        <source>“{token}” at position {column} needs its argument in parentheses, as in {token}(x).</source>
        <translation>{column}번째 글자의 “{token}”은(는) {token}(x)처럼 인수를 괄호 안에 써야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="80"/>
        <source>The comma at position {column} is not allowed: every function takes one argument. For other bases use log2(x) or log10(x).</source>
        <translation>{column}번째 글자의 쉼표는 쓸 수 없습니다. 모든 함수는 인수를 하나만 받습니다. 다른 밑의 로그는 log2(x)나 log10(x)를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="84"/>
        <source>Something is missing after “{token}” at position {column}. Add a number, x or a parenthesis.</source>
        <translation>{column}번째 글자의 “{token}” 뒤에 무언가 빠졌습니다. 숫자, x, 또는 괄호를 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="87"/>
        <source>The number {token} at position {column} follows another term without an operator. Write {suggestion} for a product.</source>
        <translation>{column}번째 글자의 수 {token}이(가) 연산자 없이 다른 항 뒤에 옵니다. 곱하려면 {suggestion}처럼 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="91"/>
        <source>“{token}” at position {column} cannot stand here. Look for two operators in a row or a missing term.</source>
        <translation>{column}번째 글자의 “{token}”은(는) 여기에 올 수 없습니다. 연산자가 두 번 이어졌거나 항이 빠졌는지 보세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="94"/>
        <source>The parenthesis opened at position {column} is never closed. Add “)”.</source>
        <translation>{column}번째 글자에서 연 괄호가 닫히지 않았습니다. “)”를 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="97"/>
        <source>The “)” at position {column} has no matching “(”. Remove it or add “(” before it.</source>
        <translation>{column}번째 글자의 “)”에 짝이 되는 “(”가 없습니다. 지우거나 앞에 “(”를 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="100"/>
        <source>The parentheses at position {column} are empty. Put an expression inside, as in sin(x).</source>
        <translation>{column}번째 글자의 괄호가 비어 있습니다. sin(x)처럼 안에 식을 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="103"/>
        <source>The formula is nested more than {limit} levels deep at position {column}. Simplify it.</source>
        <translation>수식이 {column}번째 글자에서 {limit}단계보다 깊게 중첩되었습니다. 간단히 하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="106"/>
        <source>“{token}” at position {column} is too large for a 64-bit float (about 1.8e308). Use smaller numbers.</source>
        <translation>{column}번째 글자의 “{token}”은(는) 64비트 실수(약 1.8e308)로 나타내기에 너무 큽니다. 더 작은 수를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="109"/>
        <source>The exponent “{token}” at position {column} is too large. Use exponents from −{limit} to {limit}.</source>
        <translation>{column}번째 글자의 지수 “{token}”이(가) 너무 큽니다. −{limit}부터 {limit}까지의 지수를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="112"/>
        <source>“{token}” at position {column} multiplies nested exponents to more than {limit}, as (x^2)^51 = x^102 does. Use smaller exponents.</source>
        <translation>{column}번째 글자의 “{token}”은(는) (x^2)^51 = x^102처럼 겹친 지수를 곱하면 {limit}보다 커집니다. 더 작은 지수를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="117"/>
        <source>“{token}” at position {column} is undefined, as a division by zero or log(0) is. Change it.</source>
        <translation>{column}번째 글자의 “{token}”은(는) 0으로 나누기나 log(0)처럼 정의되지 않습니다. 고치세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="120"/>
        <source>“{token}” at position {column} is not a real number, and gdviewer works with real numbers only.</source>
        <translation>{column}번째 글자의 “{token}”은(는) 실수가 아닙니다. gdviewer는 실수만 다룹니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="123"/>
        <source>The formula is too large to differentiate quickly. Simplify it or use fewer factors.</source>
        <translation>수식이 너무 커서 빨리 미분할 수 없습니다. 간단히 하거나 인수를 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="134"/>
        <source>f′(x) is not defined at x = {x}: {requirement}.</source>
        <translation>x = {x}에서 f′(x)가 정의되지 않습니다: {requirement}.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="135"/>
        <source>f(x) is not defined at x = {x}: {requirement}.</source>
        <translation>x = {x}에서 f(x)가 정의되지 않습니다: {requirement}.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="142"/>
        <source>{function} needs a positive argument, and it is {argument} there</source>
        <translation>{function}의 인수는 양수여야 하는데 그곳에서는 {argument}입니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="144"/>
        <source>the formula divides by zero there</source>
        <translation>그곳에서 수식이 0으로 나눕니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="146"/>
        <source>{function} needs an argument from −1 to 1, and it is {argument} there</source>
        <translation>{function}의 인수는 −1부터 1 사이여야 하는데 그곳에서는 {argument}입니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="148"/>
        <source>a fractional power needs a base of at least 0, and it is {argument} there</source>
        <translation>분수 거듭제곱의 밑은 0 이상이어야 하는데 그곳에서는 {argument}입니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="150"/>
        <source>{function} needs an argument of at least 0, and it is {argument} there</source>
        <translation>{function}의 인수는 0 이상이어야 하는데 그곳에서는 {argument}입니다</translation>
    </message>
</context>
<context>
    <name>FunctionEditor</name>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="112"/>
        <source>Function f(x)</source>
        <extracomment>Update rules longer than this many characters are split over two lines.</extracomment>
        <translation>함수 f(x)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="113"/>
        <source>for example 2x^2 or sin(x) + 0.1x^2</source>
        <translation>예: 2x^2 또는 sin(x) + 0.1x^2</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="115"/>
        <source>Type a function of x and press Return. Write powers as x^2 or x**2; 2x means 2·x. Functions: {functions}; constants: pi, e. Escape brings back the function in use.</source>
        <translation>x의 함수를 입력하고 Return을 누르세요. 거듭제곱은 x^2나 x**2로 쓰고, 2x는 2·x를 뜻합니다. 함수: {functions}. 상수: pi, e. Escape를 누르면 지금 쓰는 함수로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="120"/>
        <source>Presets</source>
        <translation>예제</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="121"/>
        <source>Classic cases, each with a start point and learning rate that show it</source>
        <translation>대표적인 경우들로, 각각 그 특징이 드러나는 시작점과 학습률이 함께 정해져 있습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="163"/>
        <source>at α = {rate}: x := {rule}</source>
        <translation>α = {rate}일 때: x := {rule}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="171"/>
        <source>abs has a kink where its argument is 0. f′ is not defined there, so gdviewer uses the subgradient 0 (sign(0) = 0).</source>
        <translation>abs는 인수가 0인 곳에서 꺾입니다. 그곳에서는 f′가 정의되지 않으므로 gdviewer는 하방 기울기(subgradient) 0을 씁니다 (sign(0) = 0).</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="175"/>
        <source>f is not defined everywhere: a run that leaves its domain stops with a message.</source>
        <translation>f는 모든 곳에서 정의되지는 않습니다. 정의역을 벗어난 실행은 메시지와 함께 멈춥니다.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="14"/>
        <source>Divergence without a learning rate</source>
        <translation>학습률 없이 발산하기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="15"/>
        <source>Convergence with learning rate 0.1</source>
        <translation>학습률 0.1로 수렴하기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="16"/>
        <source>One step of linear regression</source>
        <translation>선형 회귀 한 단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="17"/>
        <source>Linear regression by gradient descent</source>
        <translation>경사 하강법으로 선형 회귀</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="22"/>
        <source>Gradient descent moves x against the slope: x := x − α·f′(x). Here the learning rate α is 1, so the whole derivative 4x is subtracted and each update is x := −3x. Watch x jump to the other side of the minimum and land farther away every time: each step is longer than the distance to the bottom. Add steps to see the loss overflow, or lower the learning rate.</source>
        <translation>경사 하강법은 기울기의 반대 방향으로 x를 옮깁니다: x := x − α·f′(x). 여기서는 학습률(Learning Rate) α가 1이라 도함수 4x를 통째로 빼므로, 업데이트마다 x := −3x가 됩니다. x가 최솟값 건너편으로 넘어가면서 매번 더 멀리 떨어지는 모습을 보세요. 한 걸음이 바닥까지의 거리보다 길기 때문입니다. 단계 수를 늘려 손실이 넘치는 것을 보거나, 학습률을 낮춰 보세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="30"/>
        <source>A learning rate α = 0.1 shortens each step: x := x − 0.1·4x = 0.6x. Every update keeps 60 % of the distance to the minimum at x = 0, so x shrinks steadily: 1, 0.6, 0.36, 0.216, 0.1296. Watch the loss fall on the lower plot, then drag the learning-rate slider: above 0.25 the point starts to jump across the minimum, and above 0.5 it runs away.</source>
        <translation>학습률(Learning Rate) α = 0.1이 한 걸음을 줄입니다: x := x − 0.1·4x = 0.6x. 업데이트마다 최솟값 x = 0까지 거리의 60 %가 남으므로 x가 꾸준히 줄어듭니다: 1, 0.6, 0.36, 0.216, 0.1296. 아래 그래프에서 손실(Loss)이 줄어드는 것을 보고, 학습률 슬라이더를 끌어 보세요. 0.25를 넘으면 점이 최솟값을 건너뛰기 시작하고, 0.5를 넘으면 멀리 달아납니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="38"/>
        <source>The same update now moves two numbers, the weight w and the bias b of the line ŷ = w·x + b, to shrink the loss J = ½(y − ŷ)² on one point (2, 4). Step once and follow the panel: the prediction 2 misses by 2, so J = 2; the gradients are ∂J/∂w = −4 and ∂J/∂b = −2; with α = 0.1 the update gives w = 1.4 and b = 0.2, and the new prediction 3 is closer to 4.</source>
        <translation>같은 업데이트가 이제 두 수, 직선 ŷ = w·x + b의 가중치 w와 편향 b를 움직여 점 하나 (2, 4)에서의 손실(Loss) J = ½(y − ŷ)²을 줄입니다. 한 단계 진행하고 패널을 따라가 보세요. 예측값 2가 2만큼 빗나가므로 J = 2이고, 기울기(Gradient)는 ∂J/∂w = −4, ∂J/∂b = −2입니다. α = 0.1로 업데이트하면 w = 1.4, b = 0.2가 되고, 새 예측값 3은 4에 더 가까워집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="46"/>
        <source>Batch gradient descent fits a line to five points: each epoch averages the gradient of the mean squared error over all of them and updates w and b once. Watch the line turn on the data plot and the path of (w, b) on the loss surface: it drops quickly into a long narrow valley, then creeps along its floor, so after 100 epochs at α = 0.01 it stops near w = 0.97, b = 0.85, far from the best line w = 0.6, b = 2.2. A larger learning rate helps only up to about 0.0845; beyond that the steep direction of the valley diverges.</source>
        <translation>배치 경사 하강법으로 다섯 점에 직선을 맞춥니다. Epoch마다 모든 점에서 평균 제곱 오차의 기울기(Gradient)를 평균 내어 w와 b를 한 번 업데이트합니다. 데이터 그래프에서 직선이 돌아가는 모습과 손실 곡면 위 (w, b)의 경로를 보세요. 경로는 길고 좁은 골짜기로 빠르게 내려간 뒤 바닥을 따라 천천히 기어가므로, α = 0.01로 100 Epoch를 돌아도 가장 좋은 직선 w = 0.6, b = 2.2에서 먼 w = 0.97, b = 0.85 근처에서 멈춥니다. 학습률(Learning Rate)을 키우는 것은 약 0.0845까지만 도움이 되고, 그보다 크면 골짜기의 가파른 방향으로 발산합니다.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="116"/>
        <source>Epoch</source>
        <extracomment>Above this many steps the loss curve is drawn without symbols.</extracomment>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="117"/>
        <source>Loss J(w, b)</source>
        <translation>손실 J(w, b)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="119"/>
        <source>Step k</source>
        <translation>단계 k</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="120"/>
        <source>Loss f(x_k)</source>
        <translation>손실 f(x_k)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="121"/>
        <source>▼ loss ≤ 0 (below any log axis)</source>
        <translation>▼ 손실 ≤ 0 (로그 축 아래)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="305"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="306"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="308"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="309"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="310"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="311"/>
        <source>&amp;Delete Point</source>
        <translation>점 지우기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="312"/>
        <source>Delete the point selected in the data plot</source>
        <translation>데이터 그래프에서 선택한 점을 지웁니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="314"/>
        <source>Use the &amp;Fastest Learning Rate</source>
        <translation>가장 빠른 학습률 쓰기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="315"/>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="316"/>
        <source>&amp;Add Run to Comparison</source>
        <translation>실행을 비교에 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="317"/>
        <source>Compare the &amp;Lesson Pair (α = 1 and α = 0.1)</source>
        <translation>레슨 한 쌍 비교(&amp;L) (α = 1과 α = 0.1)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="318"/>
        <source>&amp;Clear Comparison</source>
        <translation>비교 모두 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="319"/>
        <source>Learning-Rate &amp;Sweep</source>
        <translation>학습률 스윕(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="320"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="321"/>
        <location filename="../../gdviewer/ui/main_window.py" line="431"/>
        <source>Learning-rate sweep</source>
        <translation>학습률 스윕</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="322"/>
        <source>&amp;Lessons</source>
        <translation>레슨(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="325"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="326"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="327"/>
        <source>&amp;Log Scale for the Loss</source>
        <translation>손실을 로그 축으로(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="328"/>
        <source>Log scale</source>
        <translation>로그 축</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="329"/>
        <source>Show the loss on a logarithmic axis (Ctrl+L)</source>
        <translation>손실을 로그 축에 표시합니다 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="330"/>
        <source>&amp;Animate Moves</source>
        <translation>이동 애니메이션(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="331"/>
        <source>Glide the current point to its next place instead of jumping</source>
        <translation>현재 점이 다음 위치로 건너뛰지 않고 미끄러지듯 움직입니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="332"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="333"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="334"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="335"/>
        <source>&amp;About gdviewer</source>
        <translation>gdviewer 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="343"/>
        <source>Function plot</source>
        <translation>함수 그래프</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="344"/>
        <source>Loss plot</source>
        <translation>손실 그래프</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="345"/>
        <source>Learning-rate sweep plot</source>
        <translation>학습률 스윕 그래프</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="352"/>
        <source>Something went wrong ({error}); the details are in the terminal. Your settings are kept.</source>
        <translation>예상하지 못한 오류가 났습니다({error}). 자세한 내용은 터미널에 있습니다. 설정은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="366"/>
        <source>No font with Korean letters was found, so Korean text shows as boxes. Install one, for example: sudo apt install fonts-nanum</source>
        <translation>한글 글꼴을 찾지 못해 한글이 네모로 보입니다. 한글 글꼴을 설치하세요. 예: sudo apt install fonts-nanum</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="421"/>
        <source>Play / pause</source>
        <translation>재생 / 일시 정지</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="422"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="423"/>
        <source>Step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="424"/>
        <source>Reset to step 0</source>
        <translation>0단계로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="425"/>
        <source>Go to the last step</source>
        <translation>마지막 단계로 가기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="426"/>
        <source>Faster / slower</source>
        <translation>빠르게 / 느리게</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="427"/>
        <source>Log scale for the loss</source>
        <translation>손실 로그 축</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="428"/>
        <source>Fastest learning rate</source>
        <translation>가장 빠른 학습률</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="429"/>
        <source>Add the run to the comparison</source>
        <translation>실행을 비교에 추가</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="430"/>
        <source>Compare the lesson pair</source>
        <translation>레슨 한 쌍 비교</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="432"/>
        <source>Undo / redo a data edit or a comparison change</source>
        <translation>데이터 편집이나 비교 변경 실행 취소 / 다시 실행</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="433"/>
        <source>Delete the selected point</source>
        <translation>선택한 점 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="434"/>
        <source>Import / export data</source>
        <translation>데이터 가져오기 / 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="435"/>
        <source>Choose lesson 1, 2, …</source>
        <translation>레슨 1, 2, … 고르기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="438"/>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="444"/>
        <source>About gdviewer</source>
        <translation>gdviewer 정보</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="445"/>
        <source>gdviewer {version} shows gradient descent one update at a time: the point on the curve, the loss, and the arithmetic of each step.</source>
        <translation>gdviewer {version}는 경사 하강법을 업데이트 한 번씩 보여 줍니다. 곡선 위의 점, 손실, 그리고 단계마다의 계산을 함께 봅니다.</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="183"/>
        <source>Lessons</source>
        <translation>레슨</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="184"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="185"/>
        <source>Start x₀</source>
        <translation>시작점 x₀</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="186"/>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="315"/>
        <source>Start w₀</source>
        <translation>시작 w₀</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="187"/>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="316"/>
        <source>Start b₀</source>
        <translation>시작 b₀</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="188"/>
        <source>Learning rate α</source>
        <translation>학습률 α</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="191"/>
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="191"/>
        <source>Epochs</source>
        <translation>Epoch 수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="192"/>
        <source>Where gradient descent starts (x₀).</source>
        <translation>경사 하강법이 출발하는 곳(x₀)입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="193"/>
        <source>The slope w of the line before the first epoch.</source>
        <translation>첫 Epoch 전 직선의 기울기 w입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="194"/>
        <source>The intercept b of the line before the first epoch.</source>
        <translation>첫 Epoch 전 직선의 절편 b입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="196"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="198"/>
        <source>Click the data plot to add a point, drag a point to move it, select one and press Delete to remove it. Ctrl+Z undoes an edit; File &gt; Import Data… reads a CSV file.</source>
        <translation>데이터 그래프를 클릭하면 점이 추가되고, 점을 끌면 옮겨지며, 점을 골라 Delete를 누르면 지워집니다. Ctrl+Z로 편집을 취소하고, 파일 &gt; 데이터 가져오기…로 CSV 파일을 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="203"/>
        <source>Learning rate α: each update moves x by −α·f′(x). Type any value, such as 0.001 or 1e-5.</source>
        <translation>학습률(Learning Rate) α: 업데이트마다 x가 −α·f′(x)만큼 움직입니다. 0.001이나 1e-5처럼 어떤 값이든 입력할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="206"/>
        <source>Drag to change the learning rate on a logarithmic scale; the run is redrawn as you drag.</source>
        <translation>끌어서 학습률을 로그 눈금으로 바꿉니다. 끄는 동안 실행 결과가 바로 다시 그려집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="209"/>
        <source>How many epochs to compute: each one updates w and b once using all points.</source>
        <translation>계산할 Epoch 수입니다. Epoch마다 모든 점을 써서 w와 b를 한 번 업데이트합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="210"/>
        <source>How many updates to compute.</source>
        <translation>계산할 업데이트 횟수입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="213"/>
        <source>Set α = 1/L, where L = f″ at the minimum: the rate that converges fastest there (Ctrl+Shift+F).</source>
        <translation>α = 1/L로 정합니다. L은 최솟값에서의 f″이고, 이 학습률이 그 근처에서 가장 빨리 수렴합니다 (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="251"/>
        <source>Fastest rate: none</source>
        <translation>가장 빠른 학습률: 없음</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="254"/>
        <source>Fastest rate: α = {rate}</source>
        <translation>가장 빠른 학습률: α = {rate}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="304"/>
        <source>1 point, columns {x} and {y}</source>
        <translation>점 1개, 열 {x}와 {y}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="306"/>
        <source>{count} points, columns {x} and {y}</source>
        <translation>점 {count}개, 열 {x}와 {y}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="314"/>
        <source>Start point</source>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="317"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="318"/>
        <source>Step count</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="324"/>
        <source>{name} {value} is invalid: enter a number from {low} to {high}.</source>
        <translation>{name} {value}는 잘못된 값입니다. {low}부터 {high}까지의 수를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>ParameterPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/parameter_plot.py" line="67"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/parameter_plot.py" line="68"/>
        <source>w and b</source>
        <translation>w와 b</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="18"/>
        <source>A bowl</source>
        <translation>그릇</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="19"/>
        <source>Two minima</source>
        <translation>두 개의 최솟값</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="20"/>
        <source>A plateau</source>
        <translation>평탄한 고원</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="21"/>
        <source>A steep wall</source>
        <translation>가파른 벽</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="22"/>
        <source>A saddle-like inflection</source>
        <translation>안장 같은 변곡점</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="23"/>
        <source>A kink</source>
        <translation>꺾인 점</translation>
    </message>
</context>
<context>
    <name>RegimeBar</name>
    <message>
        <location filename="../../gdviewer/ui/regime_bar.py" line="65"/>
        <source>Green: monotone. Orange: oscillating but converging. Red: divergent.</source>
        <translation>초록: 단조 수렴. 주황: 진동하며 수렴. 빨강: 발산.</translation>
    </message>
</context>
<context>
    <name>RegimeText</name>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="13"/>
        <source>still</source>
        <translation>정지</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="14"/>
        <source>monotone</source>
        <translation>단조 수렴</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="15"/>
        <source>fastest</source>
        <translation>가장 빠름</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="16"/>
        <source>oscillating</source>
        <translation>진동하며 수렴</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="17"/>
        <source>two-cycle</source>
        <translation>두 점 왕복</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="18"/>
        <source>divergent</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="27"/>
        <source>No minimum near the start point, so there are no learning-rate bands: descent runs downhill or stalls.</source>
        <translation>시작점 근처에 최솟값이 없어 학습률 구간이 없습니다. 하강은 계속 내려가거나 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="30"/>
        <source>The minimum x* = {minimum} is a kink with no curvature, so there are no bands. A fixed learning rate ends up bouncing across it, within about α of x*.</source>
        <translation>최솟값 x* = {minimum}은(는) 곡률이 없는 꺾인 점이라 구간이 없습니다. 고정된 학습률로는 결국 x*에서 약 α 이내를 오가며 튑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="34"/>
        <source>The curvature at the minimum x* = {minimum} is 0, so there are no bands. Small learning rates converge there, more and more slowly.</source>
        <translation>최솟값 x* = {minimum}에서의 곡률이 0이라 구간이 없습니다. 작은 학습률은 그곳으로 수렴하지만 점점 느려집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="38"/>
        <source>Learning-rate bands are shown for functions of one variable.</source>
        <translation>학습률 구간은 한 변수 함수에만 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="52"/>
        <source>1/L = {first}, 2/L = {second}, with L = f″ = {curvature} everywhere.</source>
        <translation>1/L = {first}, 2/L = {second}이고, L = f″ = {curvature}은(는) 어디서나 같습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="53"/>
        <source>1/L = {first}, 2/L = {second}, with L = f″(x*) = {curvature} at the minimum x* = {minimum} nearest the start; the limits hold close to x*.</source>
        <translation>1/L = {first}, 2/L = {second}이고, L = f″(x*) = {curvature}은(는) 시작점에서 가장 가까운 최솟값 x* = {minimum}에서의 값입니다. 이 경계는 x* 가까이에서 성립합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="68"/>
        <source>α = 0: x never moves.</source>
        <translation>α = 0: x가 전혀 움직이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="69"/>
        <source>α = {rate} &lt; 1/L = {first}: monotone, x approaches the minimum from one side.</source>
        <translation>α = {rate} &lt; 1/L = {first}: 단조 수렴. x가 한쪽에서 최솟값에 다가갑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="70"/>
        <source>α = {rate} = 1/L: the fastest rate; a quadratic lands on its minimum in one step.</source>
        <translation>α = {rate} = 1/L: 가장 빠른 학습률. 이차함수는 한 단계 만에 최솟값에 도착합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="71"/>
        <source>1/L &lt; α = {rate} &lt; 2/L = {second}: oscillating, x jumps across the minimum but closes in.</source>
        <translation>1/L &lt; α = {rate} &lt; 2/L = {second}: 진동하며 수렴. x가 최솟값을 건너뛰면서도 가까워집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="74"/>
        <source>α = {rate} = 2/L: the update factor is −1, so x bounces between two points forever.</source>
        <translation>α = {rate} = 2/L: 업데이트 배율이 −1이라 x가 두 점 사이를 영원히 오갑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="77"/>
        <source>α = {rate} &gt; 2/L = {second}: divergent, every step moves x farther away.</source>
        <translation>α = {rate} &gt; 2/L = {second}: 발산. 매 단계 x가 더 멀어집니다.</translation>
    </message>
</context>
<context>
    <name>RegressionText</name>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="46"/>
        <source>Epoch {epoch}, learning rate α = {rate}</source>
        <extracomment>Significant digits of the numbers in worked formulas: enough to follow a fitting run, few enough to read.</extracomment>
        <translation>Epoch {epoch}, 학습률 α = {rate}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="74"/>
        <source>new prediction ŷ = w·x + b = {w}·{x} + {b} = {prediction}</source>
        <translation>새 예측값 ŷ = w·x + b = {w}·{x} + {b} = {prediction}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="95"/>
        <source>ŷᵢ = w·xᵢ + b with w = {w}, b = {b}</source>
        <translation>ŷᵢ = w·xᵢ + b, w = {w}, b = {b}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="117"/>
        <source>the loss J overflowed to {value}</source>
        <translation>손실 J가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="118"/>
        <source>w or b overflowed to {value}</source>
        <translation>w 또는 b가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="119"/>
        <source>the gradient overflowed to {value}</source>
        <translation>기울기(Gradient)가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="122"/>
        <source>Diverged at epoch {epoch}: {reason}.</source>
        <translation>Epoch {epoch}에서 발산: {reason}.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="129"/>
        <source>Lower the learning rate.</source>
        <translation>학습률을 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="130"/>
        <source>Learning rate {rate} is above the stable limit 2/λ_max = {limit} for this data; choose a smaller one.</source>
        <translation>학습률 {rate}가 이 데이터의 안정 한계 2/λ_max = {limit}보다 큽니다. 더 작은 값을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="141"/>
        <source>{distance} from the optimum w* = {w}, b* = {b}</source>
        <translation>최적점 w* = {w}, b* = {b}까지 거리 {distance}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="159"/>
        <source>w = {w}, b = {b}, J = {loss}</source>
        <translation>w = {w}, b = {b}, J = {loss}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="164"/>
        <source>Finished after 1 epoch: {values}</source>
        <translation>Epoch 1번 뒤 끝남: {values}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="166"/>
        <source>Finished after {epochs} epochs: {values}</source>
        <translation>Epoch {epochs}번 뒤 끝남: {values}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="169"/>
        <source>Epoch {epoch}: {values}</source>
        <translation>Epoch {epoch}: {values}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="177"/>
        <source>the loss surface is a long narrow valley (condition number {number})</source>
        <translation>손실 곡면이 길고 좁은 골짜기입니다 (조건수 {number})</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="182"/>
        <source>computing epochs…</source>
        <translation>Epoch 계산 중…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="202"/>
        <source>With a single point, every line through it fits exactly: J(w, b) is 0 along a whole line of (w, b), so there is no single optimum, and one step already moves the prediction a good part of the way to y.</source>
        <translation>점이 하나뿐이면 그 점을 지나는 모든 직선이 정확히 맞습니다. J(w, b)가 (w, b)의 한 직선 전체에서 0이므로 최적점이 하나로 정해지지 않고, 한 단계만으로도 예측값이 y 쪽으로 꽤 다가갑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="208"/>
        <source>Every point has the same x, so every line through their mean fits equally well: the valley of J(w, b) has a flat floor and no single optimum.</source>
        <translation>모든 점의 x가 같아서 평균을 지나는 모든 직선이 똑같이 잘 맞습니다. J(w, b)의 골짜기 바닥이 평평하여 최적점이 하나로 정해지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="213"/>
        <source>The least-squares optimum is w* = {w}, b* = {b}, where J = {loss}.</source>
        <translation>최소제곱 최적점은 w* = {w}, b* = {b}이고, 그곳에서 J = {loss}입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="216"/>
        <source>The loss surface J(w, b) is a long narrow valley: its curvature is {high} across the valley and only {low} along its floor, a condition number of {number}. The learning rate must stay below 2/λ_max = {limit}, or the steep direction diverges.</source>
        <translation>손실 곡면 J(w, b)는 길고 좁은 골짜기입니다. 골짜기를 가로지르는 곡률은 {high}인데 바닥을 따라서는 {low}뿐이라 조건수가 {number}입니다. 학습률은 2/λ_max = {limit}보다 작아야 하며, 그렇지 않으면 가파른 방향으로 발산합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="226"/>
        <source>With α = {alpha}, each epoch shrinks the distance along the valley floor only by the factor 1 − α·λ_min = {factor}, so after {epochs} epochs {left} % of it is left: the run ends at w = {w}, b = {b}, {distance} away from the optimum.</source>
        <translation>α = {alpha}이면 Epoch마다 골짜기 바닥 방향의 거리가 1 − α·λ_min = {factor}배로만 줄어들어, {epochs}번의 Epoch 뒤에도 {left} %가 남습니다. 그래서 실행은 최적점에서 {distance} 떨어진 w = {w}, b = {b}에서 끝납니다.</translation>
    </message>
</context>
<context>
    <name>RegressionViews</name>
    <message>
        <location filename="../../gdviewer/ui/regression_views.py" line="57"/>
        <source>Log scale</source>
        <translation>로그 축</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_views.py" line="58"/>
        <source>Show the loss on a logarithmic axis (Ctrl+L)</source>
        <translation>손실을 로그 축에 표시합니다 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_views.py" line="60"/>
        <source>Click to add a point, click a point to select it, drag a point to move it; Delete removes the selected point. Ctrl+Z undoes an edit.</source>
        <translation>클릭하면 점이 추가되고, 점을 클릭하면 선택되며, 점을 끌면 옮겨집니다. Delete는 선택한 점을 지우고, Ctrl+Z는 편집을 취소합니다.</translation>
    </message>
</context>
<context>
    <name>RunText</name>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="16"/>
        <source>at the start</source>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="17"/>
        <source>converging</source>
        <translation>수렴 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="18"/>
        <source>oscillating</source>
        <translation>진동하며 수렴 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="19"/>
        <source>diverging</source>
        <translation>발산 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="20"/>
        <source>at a stationary point (f′(x) = 0)</source>
        <translation>정류점에 도달 (f′(x) = 0)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="21"/>
        <source>bouncing between two points</source>
        <translation>두 점 사이를 왕복 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="22"/>
        <source>not moving: the update is too small to change x</source>
        <translation>멈춤: 업데이트가 너무 작아 x가 바뀌지 않습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="34"/>
        <source>bouncing between {first} and {second} forever</source>
        <translation>{first}와(과) {second} 사이를 영원히 왕복 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="35"/>
        <source>bouncing between {first} and {second}</source>
        <translation>{first}와(과) {second} 사이를 왕복 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="50"/>
        <source>Stopped at step {step}: {reason} Lower the learning rate or start elsewhere.</source>
        <translation>{step}단계에서 멈춤: {reason} 학습률을 낮추거나 다른 곳에서 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="54"/>
        <source>the loss f(x) overflowed to {value}</source>
        <translation>손실 f(x)가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="55"/>
        <source>x overflowed to {value}</source>
        <translation>x가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="56"/>
        <source>the gradient f′(x) overflowed to {value}</source>
        <translation>기울기(Gradient) f′(x)가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="57"/>
        <source>the optimizer&apos;s state overflowed to {value}</source>
        <translation>옵티마이저의 내부 상태가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="60"/>
        <source>Diverged at step {step}: {reason}. Lower the learning rate.</source>
        <translation>{step}단계에서 발산: {reason}. 학습률을 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="73"/>
        <source>Finished at step {step}: {trend}, f(x) = {loss}</source>
        <translation>{step}단계에서 끝남: {trend}, f(x) = {loss}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="76"/>
        <source>Step {step}: {trend}, f(x) = {loss}</source>
        <translation>{step}단계: {trend}, f(x) = {loss}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="78"/>
        <source>diverges at step {step}</source>
        <translation>{step}단계에서 발산</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="80"/>
        <source>computing steps…</source>
        <translation>단계 계산 중…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="91"/>
        <source>The factor is 0: one step lands exactly on the minimum.</source>
        <translation>배율이 0입니다. 한 번의 업데이트로 정확히 최솟값에 도착합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="93"/>
        <source>|{factor}| &lt; 1 and positive: every step moves x closer to the minimum from the same side.</source>
        <translation>|{factor}| &lt; 1이고 양수입니다. 매 단계 x가 같은 쪽에서 최솟값에 더 가까워집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="95"/>
        <source>|{factor}| &lt; 1 but negative: x jumps across the minimum each step and still closes in.</source>
        <translation>|{factor}| &lt; 1이지만 음수입니다. x가 매 단계 최솟값을 건너뛰면서도 점점 가까워집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="97"/>
        <source>The factor is −1: x bounces between two points on either side of the minimum forever.</source>
        <translation>배율이 −1입니다. x가 최솟값 양쪽의 두 점 사이를 영원히 오갑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="99"/>
        <source>|{factor}| = 1: x never gets closer to the minimum.</source>
        <translation>|{factor}| = 1입니다. x는 최솟값에 전혀 가까워지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="100"/>
        <source>|{factor}| &gt; 1: every step moves x farther from the minimum, so the run diverges.</source>
        <translation>|{factor}| &gt; 1입니다. 매 단계 x가 최솟값에서 더 멀어지므로 발산합니다.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="75"/>
        <source>Step {k}: the end of the run</source>
        <translation>{k}단계: 실행의 끝</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="77"/>
        <source>Step {k} → {next}</source>
        <translation>{k}단계 → {next}단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="108"/>
        <source>This is the last step of the run.</source>
        <translation>실행의 마지막 단계입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="118"/>
        <source>x{i} sits on a kink of abs, where f′ is not defined: this step uses the subgradient 0.</source>
        <translation>x{i}는 abs의 꺾인 점에 있어 f′가 정의되지 않습니다. 이 단계는 하방 기울기(subgradient) 0을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="127"/>
        <source>Update factor of this quadratic</source>
        <translation>이 이차함수의 업데이트 배율</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="36"/>
        <source>Epoch {epoch}: (w, b) = ({w}, {b}) → ({next_w}, {next_b})</source>
        <extracomment>Data sets up to this size get a table with one row per point.</extracomment>
        <translation>Epoch {epoch}: (w, b) = ({w}, {b}) → ({next_w}, {next_b})</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="53"/>
        <source>The run has no epochs: set the epoch count above 0.</source>
        <translation>실행에 Epoch가 없습니다. Epoch 수를 0보다 크게 정하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="58"/>
        <source>This was the last epoch of the run.</source>
        <translation>실행의 마지막 Epoch였습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="63"/>
        <source>Where the run ends, and why</source>
        <translation>실행이 끝나는 곳과 그 이유</translation>
    </message>
</context>
<context>
    <name>SweepPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="114"/>
        <source>Learning rate α (log scale)</source>
        <translation>학습률 α (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="116"/>
        <source>Loss f(xₙ) after n = {steps} steps</source>
        <translation>n = {steps}단계 뒤의 손실 f(xₙ)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="120"/>
        <source>Steps until |f′(x)| ≤ {tolerance}</source>
        <translation>|f′(x)| ≤ {tolerance}까지 걸린 단계 수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="131"/>
        <source>Computing the sweep…</source>
        <translation>스윕 계산 중…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="131"/>
        <source>No sweep for this start point.</source>
        <translation>이 시작점에서는 스윕을 계산할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="151"/>
        <source>▲ stopped: diverged or left the domain</source>
        <translation>▲ 멈춤: 발산했거나 정의역을 벗어남</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="151"/>
        <source>▲ never reached</source>
        <translation>▲ 도달하지 못함</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="278"/>
        <source>Loss after n steps</source>
        <translation>n단계 뒤의 손실</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="279"/>
        <source>Steps to reach |f′(x)| ≤ 1e-6</source>
        <translation>|f′(x)| ≤ 1e-6까지 걸린 단계 수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="280"/>
        <source>What to plot against the learning rate</source>
        <translation>학습률에 대해 그릴 값</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="281"/>
        <source>Click to use that learning rate</source>
        <translation>클릭하면 그 학습률을 씁니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="297"/>
        <source>{count} learning rates, each run for {steps} steps from the current start point.</source>
        <translation>학습률 {count}개를 각각 현재 시작점에서 {steps}단계씩 실행했습니다.</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="72"/>
        <source>&amp;Reset</source>
        <translation>처음으로(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="72"/>
        <source>Go back to step 0 with the same parameters</source>
        <translation>같은 매개변수로 0단계로 돌아갑니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="73"/>
        <source>Step &amp;Back</source>
        <translation>한 단계 뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="73"/>
        <source>Show the previous step</source>
        <translation>이전 단계를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="74"/>
        <source>&amp;Step</source>
        <translation>한 단계(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="74"/>
        <source>Take one gradient-descent step</source>
        <translation>경사 하강을 한 단계 진행합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="75"/>
        <source>Go to &amp;End</source>
        <translation>끝으로 가기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="75"/>
        <source>Show the last step of the run</source>
        <translation>실행의 마지막 단계를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="76"/>
        <source>&amp;Faster</source>
        <translation>빠르게(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="76"/>
        <source>Play more steps per second</source>
        <translation>초당 더 많은 단계를 재생합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="77"/>
        <source>S&amp;lower</source>
        <translation>느리게(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="77"/>
        <source>Play fewer steps per second</source>
        <translation>초당 더 적은 단계를 재생합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="86"/>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="86"/>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="88"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="88"/>
        <source>Play the run step by step</source>
        <translation>실행을 한 단계씩 재생합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="155"/>
        <source>{speed} step/s</source>
        <translation>초당 {speed}단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="156"/>
        <source>Playback speed (+ faster, − slower)</source>
        <translation>재생 속도 (+ 빠르게, − 느리게)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="157"/>
        <source>Drag to show any step of the run</source>
        <translation>끌어서 원하는 단계를 봅니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="171"/>
        <source>epoch {k} / {n}</source>
        <translation>Epoch {k} / {n}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="173"/>
        <source>step {k} / {n}</source>
        <translation>단계 {k} / {n}</translation>
    </message>
</context>
</TS>
